import {readFileSync} from 'node:fs';
import {dirname, relative} from 'node:path';
import type {Link, Root} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {docsRootOf, localeOfPath} from '../../core/i18n/paths';
import {docUids} from '../../project/docUids';
import {apiReference, isMicrosoftDocsPath, learnUrl, parseXref, type XrefMap} from '../../core/docfx/xref';

export interface DocfxLinksOptions {
  /** Path of the xref map JSON file; read on every compile so edits show on the next build. */
  xrefMap: string;
  /** The English docs folder: the `uid` of its pages resolve too (the map's entries win). Read once. */
  docsDir?: string;
  /** Route prefixes that belong to this site and are left alone. */
  ownPrefixes?: string[];
  defaultLocale?: string;
}

/**
 * `xref:uid` links (and `<xref:uid>` autolinks) go to our page for the uid, or its public URL; an
 * unknown uid is a warning with file:line and renders as the link text. Microsoft's site-relative
 * links (`/dotnet/…`) go to Microsoft Learn in the page's language.
 */
export default function remarkDocfxLinks(options: DocfxLinksOptions) {
  if (typeof options?.xrefMap !== 'string') throw new TypeError(`xrefMap must be the path of a JSON file, got ${JSON.stringify(options?.xrefMap)}`);
  const {ownPrefixes = ['/docs', '/img', '/assets'], defaultLocale = 'en'} = options;
  let uids: XrefMap | undefined;
  return (tree: Root, file: VFile) => {
    uids ??= options.docsDir ? docUids(options.docsDir) : {};
    const map: XrefMap = {...uids, ...(JSON.parse(readFileSync(options.xrefMap, 'utf8')) as XrefMap)};
    const locale = localeOfPath(file.path) ?? defaultLocale;
    const docsRoot = docsRootOf(file.path);
    visit(tree, 'link', (link: Link, index, parent) => {
      if (isMicrosoftDocsPath(link.url, ownPrefixes)) {
        link.url = learnUrl(link.url, locale);
        return undefined;
      }
      const xref = parseXref(link.url);
      if (!xref || !parent || index === undefined) return undefined;
      const entry = map[xref.uid];
      const [only] = link.children;
      const autolink = link.children.length === 1 && only?.type === 'text' && only.value === link.url;
      const api = entry ? undefined : apiReference(xref.uid);
      if (api) {
        if (autolink) link.children = [{type: 'text', value: api.name}];
        link.url = `${learnUrl(api.path, locale)}${xref.anchor}`;
        return undefined;
      }
      if (!entry) {
        file.message(
          `Unresolved xref "${xref.uid}": add it to ${relative(process.cwd(), options.xrefMap)}; the link text is shown without a link`,
          link,
          'docfx-links:unresolved-xref',
        );
        parent.children.splice(index, 1, ...(autolink ? [{type: 'text' as const, value: xref.uid}] : link.children));
        return index;
      }
      if (autolink) link.children = [{type: 'text', value: entry.name}];
      link.url =
        'doc' in entry && docsRoot
          ? `${relative(dirname(file.path), `${docsRoot}/${entry.doc}`)
              .replace(/\\/g, '/')
              .replace(/^(?!\.)/, './')}${xref.anchor}`
          : `${'href' in entry ? entry.href : ''}${xref.anchor}`;
      return undefined;
    });
  };
}

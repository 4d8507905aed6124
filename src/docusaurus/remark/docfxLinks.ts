import {existsSync, readFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import type {Definition, Link, Root} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {docsRootOf, englishPathOf, localeOfPath, sharedFileCandidates} from '../../core/i18n/paths';
import {learnPageUrl, parseSetFile, SET_FILE, type DocSetLocation} from '../../core/docfx/learnLocation';
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

const setFiles = new Map<string, DocSetLocation | null>();

/** The doc set a folder of the English docs belongs to, with its folder, from the nearest `docfx-set.json` up to the docs folder. */
function setOf(dir: string, docsDir: string): {dir: string; location: DocSetLocation} | undefined {
  for (let at = dir; at.startsWith(docsDir) && at.length > docsDir.length; at = dirname(at)) {
    if (!setFiles.has(at)) {
      const path = join(at, SET_FILE);
      setFiles.set(at, existsSync(path) ? parseSetFile(readFileSync(path, 'utf8')) : null);
    }
    const location = setFiles.get(at);
    if (location) return {dir: at, location};
  }
  return undefined;
}

/**
 * A relative link to a page of an imported set that the site does not have (it was not imported):
 * its place on Microsoft Learn in the page's language, when the set says where it is published.
 */
function learnLinkOfMissingPage(pagePath: string, url: string, docsDir: string, locale: string): string | undefined {
  const m = /^([^#?:]+\.md)(#.*)?$/i.exec(url);
  if (!m?.[1] || url.startsWith('/')) return undefined;
  const [own, english = own] = sharedFileCandidates(pagePath, decodeURI(m[1]));
  if (!english || (own && existsSync(own)) || existsSync(english)) return undefined;
  const set = setOf(dirname(englishPathOf(pagePath) ?? pagePath), docsDir);
  if (!set || !english.startsWith(`${set.dir}/`)) return undefined;
  return learnPageUrl(set.location, `${relative(set.dir, english).split('\\').join('/')}${m[2] ?? ''}`, locale);
}

/**
 * `xref:uid` links (and `<xref:uid>` autolinks) go to our page for the uid, or its public URL; an
 * unknown uid is a warning with file:line and renders as the link text. Microsoft's site-relative
 * links (`/dotnet/…`), and links and xrefs to pages of an imported set that were not imported (when
 * the set's `docfx-set.json` says where it is published), go to Microsoft Learn in the page's language.
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
    // Reference-style definitions (`[MDN]: /microsoft-edge/…`) point where inline links would.
    visit(tree, 'definition', (definition: Definition) => {
      const learn = options.docsDir ? learnLinkOfMissingPage(file.path, definition.url, options.docsDir, locale) : undefined;
      if (learn) definition.url = learn;
      else if (isMicrosoftDocsPath(definition.url, ownPrefixes)) definition.url = learnUrl(definition.url, locale);
    });
    visit(tree, 'link', (link: Link, index, parent) => {
      const learn = options.docsDir ? learnLinkOfMissingPage(file.path, link.url, options.docsDir, locale) : undefined;
      if (learn) {
        link.url = learn;
        return undefined;
      }
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
      // A set published on Learn names its pages by their path in the set (`core/modeling/keys`), as DocFX does.
      const set = entry || !options.docsDir ? undefined : setOf(dirname(englishPathOf(file.path) ?? file.path), options.docsDir);
      if (set) {
        if (autolink) link.children = [{type: 'text', value: xref.uid}];
        link.url = learnPageUrl(set.location, `${xref.uid}.md${xref.anchor}`, locale);
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

import type {Heading, Link} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {load} from 'js-yaml';
import {parseMarkdown} from '../markdown/parseMarkdown';
import {resolveDots} from './slashPath';
import {learnUrl} from './xref';

/** One entry of a DocFX table of contents (`toc.yml`). */
export interface TocEntry {
  name: string;
  href?: string;
  /** The page whose front matter has this `uid` (DocFX resolves it across the build). */
  uid?: string;
  items?: TocEntry[];
}

/** The pages a table of contents may point to: doc ids, and the doc id of each front-matter `uid`. */
export interface TocDocs {
  ids: ReadonlySet<string>;
  uids: ReadonlyMap<string, string>;
}

/** Where an entry points, for the site's sidebar. */
export type TocItem =
  | {type: 'doc'; id: string; label: string; key: string}
  | {type: 'link'; href: string; label: string; key: string}
  | {type: 'category'; label: string; items: TocItem[]; key: string; link?: {type: 'doc'; id: string}};

function entries(value: unknown): TocEntry[] {
  const list = Array.isArray(value) ? value : value && typeof value === 'object' && 'items' in value ? (value as {items: unknown}).items : [];
  return (Array.isArray(list) ? list : []).flatMap((raw): TocEntry[] => {
    if (!raw || typeof raw !== 'object') return [];
    const {name, displayName, href, topicHref, uid, topicUid, items} = raw as Record<string, unknown>;
    const label = typeof name === 'string' ? name : typeof displayName === 'string' ? displayName : undefined;
    if (label === undefined) return [];
    // A node's own page: `topicHref`/`topicUid` where DocFX has them, `href`/`uid` on a leaf.
    const page = typeof topicHref === 'string' ? topicHref : typeof href === 'string' ? href : undefined;
    const id = typeof topicUid === 'string' ? topicUid : typeof uid === 'string' ? uid : undefined;
    return [{name: label, ...(page !== undefined ? {href: page} : {}), ...(id ? {uid: id} : {}), ...(items !== undefined ? {items: entries(items)} : {})}];
  });
}

/** A toc.yml file's entries (a list, or `items:` under the root); bad YAML is the caller's error to report. */
export function parseToc(yaml: string): TocEntry[] {
  return entries(load(yaml));
}

/**
 * A DocFX Markdown table of contents (`TOC.md`, as NuGet's docs have): each heading an entry, its
 * level its depth, a link in it the entry's page; other lines are not part of the toc. A heading
 * deeper than the one before nests under it however many levels it skips.
 */
export function parseMarkdownToc(markdown: string): TocEntry[] {
  const root: TocEntry[] = [];
  // The open entries from the top, each with its heading level.
  const open: Array<{depth: number; entry: TocEntry}> = [];
  for (const node of parseMarkdown(markdown).children) {
    if (node.type !== 'heading') continue;
    const link = (node as Heading).children.find((child): child is Link => child.type === 'link');
    const name = toString(link ?? node).trim();
    if (!name) continue;
    const entry: TocEntry = {name, ...(link?.url ? {href: link.url} : {})};
    while (open.length > 0 && (open.at(-1)?.depth ?? 0) >= node.depth) open.pop();
    const parent = open.at(-1)?.entry;
    if (parent) (parent.items ??= []).push(entry);
    else root.push(entry);
    open.push({depth: node.depth, entry});
  }
  return root;
}

/** A table of contents file's entries by its name: `toc.yml` or `TOC.md`. */
export function parseTocFile(name: string, text: string): TocEntry[] {
  return /\.md$/i.test(name) ? parseMarkdownToc(text) : parseToc(text);
}

/**
 * A table of contents as sidebar items. `dir` is the toc's folder as a doc id prefix; an href to a
 * page of the site becomes that doc, one to a folder its index page, a `uid` the page with that uid,
 * an absolute or site-relative href a link (site-relative ones point into Microsoft Learn, in the
 * page's language). Entries that point to nothing the site has are left out. Each item's key is its
 * place in the toc: two entries may share a label ("Linux VM" under both CPU and GPU sizes).
 */
export function tocToSidebar(toc: readonly TocEntry[], dir: string, docs: TocDocs, locale: string): TocItem[] {
  // DocFX resolves hrefs on Windows too, whatever their case: NuGet's TOC.md links `concepts/package-versioning.md`
  // to concepts/Package-Versioning.md. An exact match wins.
  let byLowerCase: Map<string, string> | undefined;
  const caseless = (id: string) => (byLowerCase ??= new Map([...docs.ids].reverse().map((d) => [d.toLowerCase(), d]))).get(id.toLowerCase());
  const docOf = (href: string): string | undefined => {
    const path = resolveDots(`${dir}/${href.replace(/[?#].*$/, '')}`);
    const candidates = /\.md$/i.test(path) ? [path.replace(/\.md$/i, '')] : [`${path}/index`, path];
    return candidates.find((id) => docs.ids.has(id)) ?? candidates.map(caseless).find((id) => id !== undefined);
  };
  const items = (entries: readonly TocEntry[], place: string): TocItem[] => entries.flatMap((entry, index) => item(entry, `${place}/${index}`));
  const item = ({name: label, href, uid, items: inner}: TocEntry, key: string): TocItem[] => {
    const local = href && !/^[a-z][\w+.-]*:|^\//i.test(href) ? docOf(href) : undefined;
    const id = local ?? (uid === undefined ? undefined : docs.uids.get(uid));
    if (inner && inner.length > 0) {
      const children = items(inner, key);
      if (children.length === 0 && !id) return [];
      return [{type: 'category', label, items: children, key, ...(id ? {link: {type: 'doc' as const, id}} : {})}];
    }
    if (id) return [{type: 'doc', id, label, key}];
    if (href && /^https?:\/\//i.test(href)) return [{type: 'link', href, label, key}];
    if (href?.startsWith('/') && !href.startsWith('//')) return [{type: 'link', href: learnUrl(href, locale), label, key}];
    return [];
  };
  return items(toc, dir);
}

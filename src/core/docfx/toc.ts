import {resolveDots} from './slashPath';
import {load} from 'js-yaml';
import {learnUrl} from './xref';

/** One entry of a DocFX table of contents (`toc.yml`). */
export interface TocEntry {
  name: string;
  href?: string;
  items?: TocEntry[];
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
    const {name, displayName, href, items} = raw as Record<string, unknown>;
    const label = typeof name === 'string' ? name : typeof displayName === 'string' ? displayName : undefined;
    if (label === undefined) return [];
    return [{name: label, ...(typeof href === 'string' ? {href} : {}), ...(items !== undefined ? {items: entries(items)} : {})}];
  });
}

/** A toc.yml file's entries (a list, or `items:` under the root); bad YAML is the caller's error to report. */
export function parseToc(yaml: string): TocEntry[] {
  return entries(load(yaml));
}

/**
 * A table of contents as sidebar items. `dir` is the toc's folder as a doc id prefix; an href to a
 * page of the site becomes that doc, one to a folder its index page, an absolute or site-relative
 * one a link (site-relative ones point into Microsoft Learn, in the page's language). Entries that
 * point to nothing the site has are left out. Each item's key is its place in the toc: two entries
 * may share a label ("Linux VM" under both CPU and GPU sizes).
 */
export function tocToSidebar(toc: readonly TocEntry[], dir: string, docIds: ReadonlySet<string>, locale: string, place = dir): TocItem[] {
  const docOf = (href: string): string | undefined => {
    const path = resolveDots(`${dir}/${href.replace(/[?#].*$/, '')}`);
    const candidates = /\.md$/i.test(path) ? [path.replace(/\.md$/i, '')] : [`${path}/index`, path];
    return candidates.find((id) => docIds.has(id));
  };
  return toc.flatMap((entry, index): TocItem[] => {
    const {name: label, href, items} = entry;
    const key = `${place}/${index}`;
    const id = href && !/^[a-z][\w+.-]*:|^\//i.test(href) ? docOf(href) : undefined;
    if (items && items.length > 0) {
      const children = tocToSidebar(items, dir, docIds, locale, key);
      if (children.length === 0 && !id) return [];
      return [{type: 'category', label, items: children, key, ...(id ? {link: {type: 'doc' as const, id}} : {})}];
    }
    if (id) return [{type: 'doc', id, label, key}];
    if (href && /^https?:\/\//i.test(href)) return [{type: 'link', href, label, key}];
    if (href?.startsWith('/') && !href.startsWith('//')) return [{type: 'link', href: learnUrl(href, locale), label, key}];
    return [];
  });
}

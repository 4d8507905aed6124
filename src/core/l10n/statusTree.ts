/** One page's sentence counts in one locale, as the translation status page shows them. */
export interface StatusRow {
  /** Path under docs/, with `/` between folders. */
  page: string;
  title?: string;
  exists: boolean;
  total: number;
  translated: number;
  stale: number;
  untranslated: number;
  obsolete: number;
}

/** A locale as the status page shows it: its totals and its pages. */
export interface LocaleRows {
  locale: string;
  /** Translated of all sentences, to a tenth. */
  percent: number;
  total: number;
  translated: number;
  stale: number;
  untranslated: number;
  pages: StatusRow[];
}

export interface StatusCounts {
  pages: number;
  /** Pages the locale has no file for. */
  missing: number;
  total: number;
  translated: number;
  stale: number;
  untranslated: number;
  obsolete: number;
}

/** A folder of pages (a doc set at the top), with the counts of everything under it. */
export interface StatusFolder<R extends StatusRow = StatusRow> {
  /** Its name, or a chain of folders that hold nothing but one folder (`a/b`), as file browsers show them. */
  name: string;
  /** Its path from the docs root, without a trailing slash; "" for the root. */
  path: string;
  folders: Array<StatusFolder<R>>;
  pages: R[];
  counts: StatusCounts;
}

export const STATE_FILTERS = ['all', 'needs-work', 'untranslated', 'stale', 'missing', 'done'] as const;
export type StateFilter = (typeof STATE_FILTERS)[number];
export const STATUS_ORDERS = ['work', 'path'] as const;
export type StatusOrder = (typeof STATUS_ORDERS)[number];

/** Sentences a translator still has to write or revise. A page with no file counts all of its sentences. */
export const needsWork = (row: Pick<StatusRow, 'untranslated' | 'stale'>): number => row.untranslated + row.stale;

export function matchesState(row: StatusRow, state: StateFilter): boolean {
  switch (state) {
    case 'all':
      return true;
    case 'needs-work':
      return needsWork(row) > 0;
    case 'untranslated':
      return row.untranslated > 0;
    case 'stale':
      return row.stale > 0;
    case 'missing':
      return !row.exists;
    case 'done':
      return needsWork(row) === 0;
  }
}

/** Whether every word of `query` is in the page's path or title, ignoring case. */
export function matchesText(row: StatusRow, query: string): boolean {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = `${row.page}\n${row.title ?? ''}`.toLocaleLowerCase();
  return words.every((word) => haystack.includes(word));
}

const zeroCounts = (): StatusCounts => ({pages: 0, missing: 0, total: 0, translated: 0, stale: 0, untranslated: 0, obsolete: 0});

function addCounts(into: StatusCounts, from: StatusCounts): void {
  into.pages += from.pages;
  into.missing += from.missing;
  into.total += from.total;
  into.translated += from.translated;
  into.stale += from.stale;
  into.untranslated += from.untranslated;
  into.obsolete += from.obsolete;
}

const countsOf = (row: StatusRow): StatusCounts => ({
  pages: 1,
  missing: row.exists ? 0 : 1,
  total: row.total,
  translated: row.translated,
  stale: row.stale,
  untranslated: row.untranslated,
  obsolete: row.obsolete,
});

interface Draft<R extends StatusRow> {
  name: string;
  path: string;
  folders: Map<string, Draft<R>>;
  pages: R[];
}

/**
 * Pages grouped by folder, each folder with the totals of all below it, sorted by the sentences
 * that need work (most first, then by path) or by path. Its cost is the rows' path segments plus
 * the sorts, whatever the paths.
 */
export function statusTree<R extends StatusRow>(rows: readonly R[], order: StatusOrder): StatusFolder<R> {
  const root: Draft<R> = {name: '', path: '', folders: new Map(), pages: []};
  for (const row of rows) {
    const parts = row.page.split('/');
    let folder = root;
    // Each step goes one segment deeper; the last segment is the page's file.
    for (const part of parts.slice(0, -1)) {
      let next = folder.folders.get(part);
      if (!next) {
        next = {name: part, path: folder === root ? part : `${folder.path}/${part}`, folders: new Map(), pages: []};
        folder.folders.set(part, next);
      }
      folder = next;
    }
    folder.pages.push(row);
  }
  return finish(root, order, true);
}

const byPath = (a: {path: string}, b: {path: string}) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
const byPage = (a: StatusRow, b: StatusRow) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0);

/** The one folder a folder holds when it holds nothing else. */
const soleFolder = <R extends StatusRow>(draft: Draft<R>): Draft<R> | undefined =>
  draft.folders.size === 1 && draft.pages.length === 0 ? draft.folders.values().next().value : undefined;

function finish<R extends StatusRow>(draft: Draft<R>, order: StatusOrder, isRoot = false): StatusFolder<R> {
  let current = draft;
  let name = draft.name;
  // A folder that holds only one folder is shown as one step (`a/b`); the root stays itself. Each
  // step goes one level deeper, so it ends.
  if (!isRoot) {
    for (let only = soleFolder(current); only; only = soleFolder(current)) {
      current = only;
      name = `${name}/${only.name}`;
    }
  }
  const folders = [...current.folders.values()].map((folder) => finish(folder, order));
  const counts = zeroCounts();
  for (const folder of folders) addCounts(counts, folder.counts);
  for (const row of current.pages) addCounts(counts, countsOf(row));
  const pages = [...current.pages];
  if (order === 'work') {
    folders.sort((a, b) => needsWork(b.counts) - needsWork(a.counts) || byPath(a, b));
    pages.sort((a, b) => needsWork(b) - needsWork(a) || byPage(a, b));
  } else {
    folders.sort(byPath);
    pages.sort(byPage);
  }
  return {name, path: current.path, folders, pages, counts};
}

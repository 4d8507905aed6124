import {statSync} from 'node:fs';
import {join} from 'node:path';
import {reviewStateOf, UNTRANSLATED} from '../core/markdown/spanPairs';
import {translationTypeOf} from '../core/l10n/translationType';
import {alignToEnglish} from '../core/l10n/alignment';
import type {EnglishSentence} from '../core/l10n/englishSentences';
import {pageTitle} from '../core/markdown/pageTitle';
import {analyzedPages, type AnalyzedPage} from './analyzedPages';
import type {LocalizedDoc} from '../core/l10n/localizedDoc';
import type {Project, ProjectPage} from './project';
import type {UiStringsReport} from './uiStrings';

export interface PageStatus {
  page: string;
  /** The title readers of the locale see: the translation's, else the English page's. */
  title?: string;
  exists: boolean;
  translationType: 'human' | 'machine' | null;
  total: number;
  translated: number;
  /** Of the translated, those a reviewer approved (reviewed or final). */
  reviewed: number;
  /** The English changed since it was translated (autoUpdatable of them only in URLs or code). */
  stale: number;
  autoUpdatable: number;
  untranslated: number;
  obsolete: number;
}

export interface LocaleStatus extends StatusTotals {
  locale: string;
  pages: PageStatus[];
  uiStrings?: UiStringsReport;
}

/**
 * Pages' rows from an earlier status with the files they were computed from: a status computed
 * with it reads and parses only the pages whose files changed (the dev server's reload after a save).
 */
export type StatusCache = Map<string, {files: string; rows: Partial<Record<string, PageStatus>>}>;

/** The English file and each locale's copy of a page, with their sizes and modification times. */
function pageFiles(project: Project, page: ProjectPage): string {
  const stamp = (path: string) => {
    const stats = statSync(join(project.root, path), {throwIfNoEntry: false});
    return stats ? `${path}\t${stats.size}\t${stats.mtimeMs}` : `${path}\t-`;
  };
  const localized = project.locales.map((l) => {
    const path = page.localized[l]?.path;
    return path ? stamp(path) : `${l}\t-`;
  });
  return [stamp(`docs/${page.page}`), ...localized].join('\n');
}

/** Per locale and page: how much of the current English is translated, stale, missing, or gone. */
export async function computeStatus(
  project: Project,
  {worker, onPage, cache}: {worker?: boolean; onPage?: (page: AnalyzedPage) => void; cache?: StatusCache} = {},
): Promise<LocaleStatus[]> {
  const files = cache ? new Map(project.pages.map((p) => [p.page, pageFiles(project, p)])) : undefined;
  const changed = files && cache ? new Set(project.pages.filter((p) => cache.get(p.page)?.files !== files.get(p.page)).map((p) => p.page)) : undefined;
  const computed = new Map<string, Partial<Record<string, PageStatus>>>();
  if (!changed || changed.size > 0) {
    for await (const analyzed of analyzedPages(project, {worker, ...(changed ? {pages: changed} : {})})) {
      onPage?.(analyzed);
      const {page, english, sentences, localized} = analyzed;
      // The English title, read once for the page and only if a locale has no title of its own.
      let englishTitle: string | null | undefined = null;
      const fallbackTitle = () => (englishTitle === null ? (englishTitle = pageTitle(english)) : englishTitle);
      computed.set(page, Object.fromEntries(project.locales.map((l) => [l, pageStatus(page, english, sentences, localized[l], fallbackTitle)])));
    }
  }
  if (cache && files) {
    for (const page of cache.keys()) if (!files.has(page)) cache.delete(page);
    for (const [page, rows] of computed) cache.set(page, {files: files.get(page) ?? '', rows});
  }
  const rowsOf = (page: string) => computed.get(page) ?? cache?.get(page)?.rows ?? {};
  return project.locales.map((locale) => {
    const pages = project.pages.flatMap((p) => rowsOf(p.page)[locale] ?? []);
    return {locale, ...statusTotals(pages), pages};
  });
}

export interface StatusTotals {
  total: number;
  translated: number;
  reviewed: number;
  stale: number;
  untranslated: number;
  obsolete: number;
  /** Translated of total, rounded to a tenth for display; 100 when there is nothing to translate. */
  percent: number;
  /** Reviewed of total, the same way. */
  reviewedPercent: number;
}

/** The sentence counts of pages (or of locales) added up. */
export function statusTotals(rows: ReadonlyArray<Omit<StatusTotals, 'percent' | 'reviewedPercent'>>): StatusTotals {
  const sum = (key: 'total' | 'translated' | 'reviewed' | 'stale' | 'untranslated' | 'obsolete') => rows.reduce((n, row) => n + row[key], 0);
  const total = sum('total');
  const translated = sum('translated');
  const reviewed = sum('reviewed');
  const share = (part: number) => (total === 0 ? 100 : Math.round((part / total) * 1000) / 10);
  return {
    total,
    translated,
    reviewed,
    stale: sum('stale'),
    untranslated: sum('untranslated'),
    obsolete: sum('obsolete'),
    percent: share(translated),
    reviewedPercent: share(reviewed),
  };
}

function pageStatus(
  page: string,
  english: string,
  sentences: EnglishSentence[],
  doc: LocalizedDoc | undefined,
  fallbackTitle: () => string | undefined,
): PageStatus {
  const title = doc?.title ?? fallbackTitle();
  if (!doc) {
    return {
      page,
      ...(title ? {title} : {}),
      exists: false,
      translationType: null,
      total: sentences.length,
      translated: 0,
      reviewed: 0,
      stale: 0,
      autoUpdatable: 0,
      untranslated: sentences.length,
      obsolete: 0,
    };
  }
  const {units, obsolete} = alignToEnglish(doc.segments, english, sentences);
  const count = (state: string) => units.filter((u) => u.state === state).length;
  return {
    page,
    ...(title ? {title} : {}),
    exists: true,
    translationType: translationTypeOf(doc.data),
    total: units.length,
    translated: count('translated'),
    reviewed: units.filter((u) => u.state === 'translated' && reviewStateOf(u.segment?.state)).length,
    stale: count('stale') + count('updatable'),
    autoUpdatable: count('updatable'),
    untranslated: count('untranslated'),
    obsolete: obsolete.filter((s) => s.state !== UNTRANSLATED).length,
  };
}

import {reviewStateOf, UNTRANSLATED} from '../core/markdown/spanPairs';
import {translationTypeOf} from '../core/l10n/translationType';
import {alignToEnglish} from '../core/l10n/alignment';
import type {EnglishSentence} from '../core/l10n/englishSentences';
import {pageTitle} from '../core/markdown/pageTitle';
import {analyzedPages, type AnalyzedPage} from './analyzedPages';
import type {LocalizedDoc} from '../core/l10n/localizedDoc';
import type {Project} from './project';
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

/** Per locale and page: how much of the current English is translated, stale, missing, or gone. */
export async function computeStatus(
  project: Project,
  {worker, onPage}: {worker?: boolean; onPage?: (page: AnalyzedPage) => void} = {},
): Promise<LocaleStatus[]> {
  const byLocale = new Map<string, PageStatus[]>(project.locales.map((l) => [l, []]));
  for await (const analyzed of analyzedPages(project, {worker})) {
    onPage?.(analyzed);
    const {page, english, sentences, localized} = analyzed;
    // The English title, read once for the page and only if a locale has no title of its own.
    let englishTitle: string | null | undefined = null;
    const fallbackTitle = () => (englishTitle === null ? (englishTitle = pageTitle(english)) : englishTitle);
    for (const locale of project.locales) byLocale.get(locale)?.push(pageStatus(page, english, sentences, localized[locale], fallbackTitle));
  }
  return project.locales.map((locale) => {
    const pages = byLocale.get(locale) ?? [];
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

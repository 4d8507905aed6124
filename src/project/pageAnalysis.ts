import {ENGLISH_DOCS_DIR} from '../core/i18n/paths';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {englishSentences, type EnglishSentence} from '../core/l10n/englishSentences';
import {analyzeLocalized, type LocalizedAnalysis} from '../core/l10n/localizedDoc';
import type {Project} from './project';

/** Where one page's files are: its English and each locale's copy. */
export interface PageJob {
  /** Path under docs/. */
  page: string;
  english: string;
  localized: Array<{locale: string; path: string; full: string}>;
}

export interface PageAnalysis<L = LocalizedAnalysis, S = EnglishSentence[]> {
  english: string;
  sentences: S;
  localized: Array<{locale: string; path: string; text: string; analysis: L}>;
}

export function pageJobs(project: Project, locales: readonly string[]): PageJob[] {
  return project.pages.map(({page, localized}) => ({
    page,
    english: join(project.root, ENGLISH_DOCS_DIR, page),
    localized: locales.flatMap((locale) => {
      const copy = localized[locale];
      return copy ? [{locale, path: copy.path, full: join(project.root, copy.path)}] : [];
    }),
  }));
}

/** Reads and parses one page in every language; a malformed block of a copy is part of its analysis. */
export function analyzePage(job: PageJob): PageAnalysis {
  const english = readFileSync(job.english, 'utf8');
  return {
    english,
    sentences: englishSentences(english),
    localized: job.localized.map(({locale, path, full}) => {
      const text = readFileSync(full, 'utf8');
      return {locale, path, text, analysis: analyzeLocalized(text)};
    }),
  };
}

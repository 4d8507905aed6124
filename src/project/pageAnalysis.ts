import {ENGLISH_DOCS_DIR} from '../core/i18n/paths';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {englishSentences, type EnglishSentence} from '../core/l10n/englishSentences';
import {L10nError} from '../core/l10n/errors';
import {analyzeLocalized, type LocalizedAnalysis} from '../core/l10n/localizedDoc';
import type {Project} from './project';

/** Where one page's files are: its English and each locale's copy. */
export interface PageJob {
  /** Path under docs/. */
  page: string;
  english: string;
  localized: Array<{locale: string; path: string; full: string}>;
}

/** An L10nError as plain data, to cross from a worker thread. */
export type ErrorData = Pick<L10nError, 'code' | 'detail' | 'file' | 'line' | 'column'>;

export interface PageAnalysis<L = LocalizedAnalysis, S = EnglishSentence[]> {
  english: string;
  sentences: S;
  localized: Array<{locale: string; path: string; text: string; analysis?: L; error?: ErrorData}>;
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

/** Reads and parses one page in every language. A malformed localized copy is kept as its error, for the caller to raise in order. */
export function analyzePage(job: PageJob): PageAnalysis {
  const english = readFileSync(job.english, 'utf8');
  return {
    english,
    sentences: englishSentences(english),
    localized: job.localized.map(({locale, path, full}) => {
      const text = readFileSync(full, 'utf8');
      try {
        return {locale, path, text, analysis: analyzeLocalized(path, text)};
      } catch (error) {
        if (!(error instanceof L10nError)) throw error;
        const {code, detail, file, line, column} = error;
        return {locale, path, text, error: {code, detail, file, line, column}};
      }
    }),
  };
}

export function raise({code, detail, file, line, column}: ErrorData): never {
  throw new L10nError(code, detail, file === undefined ? undefined : {file, line, column});
}

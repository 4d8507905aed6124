import {existsSync, readFileSync} from 'node:fs';
import {englishPathOf} from '../core/i18n/paths';
import {splitFrontMatter} from '../core/markdown/frontMatter';
import {readLocalizedDoc} from '../core/l10n/localizedDoc';
import {pageOnCurrentEnglish, type PageOnCurrentEnglish} from '../core/l10n/pageOnCurrentEnglish';
import {englishSentencesOf} from './englishSentenceCache';

// What the Markdown preprocessor found for each localized page, for the drift notice its remark
// plugin places: both run in the build process, the preprocessor first.
const byPath = new Map<string, Omit<PageOnCurrentEnglish, 'text'>>();

/**
 * The text a localized page is rendered from: itself when it is the current English, else the
 * current English with its translations in place (see pageOnCurrentEnglish). A page whose pairs do
 * not parse is rendered as it is, for the segment plugin to report where.
 */
export function readOnCurrentEnglish(path: string, text: string): string {
  byPath.delete(path);
  const englishPath = englishPathOf(path);
  if (englishPath === undefined || !existsSync(englishPath)) return text;
  const doc = readLocalizedDoc(path, text);
  if (doc.malformed) return text;
  const english = readFileSync(englishPath, 'utf8');
  const page = pageOnCurrentEnglish(doc, english, englishSentencesOf(englishPath, english));
  if (!page) return text;
  const {text: current, ...counts} = page;
  byPath.set(path, counts);
  return current;
}

/** What readOnCurrentEnglish found for the page at `path`, if it changed the page. */
export function currentEnglishCounts(path: string): Omit<PageOnCurrentEnglish, 'text'> | undefined {
  return byPath.get(path);
}

/**
 * The English article of a localized page, its Markdown read as the site reads it (front matter
 * off, as the MDX loader hands a page to remark), for a page that could not be built from its translation.
 */
export function englishArticleOf(path: string, preprocess: (text: string) => string): {path: string; text: string} | undefined {
  const englishPath = englishPathOf(path);
  if (englishPath === undefined || !existsSync(englishPath)) return undefined;
  return {path: englishPath, text: preprocess(splitFrontMatter(readFileSync(englishPath, 'utf8')).body)};
}

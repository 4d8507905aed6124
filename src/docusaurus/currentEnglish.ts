import {existsSync, readFileSync} from 'node:fs';
import {englishPathOf} from '../core/i18n/paths';
import {L10nError} from '../core/l10n/errors';
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
  let doc;
  try {
    doc = readLocalizedDoc(path, text);
  } catch (error) {
    if (error instanceof L10nError) return text;
    throw error;
  }
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

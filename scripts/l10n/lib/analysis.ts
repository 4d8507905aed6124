import {englishSentences, type EnglishSentence} from '../../../src/l10n/englishSentences';
import {readLocalizedDoc, type LocalizedDoc} from './localizedDoc';

/** What every command derives from a page's text. */
export interface Analyzer {
  localized(path: string, text: string): LocalizedDoc;
  english(text: string): EnglishSentence[];
}

/** An analyzer for one run: each English page is compared with every locale's copy, so its sentences are computed once. */
export function createAnalyzer(): Analyzer {
  const sentences = new Map<string, EnglishSentence[]>();
  return {
    localized: readLocalizedDoc,
    english(text) {
      let found = sentences.get(text);
      if (!found) sentences.set(text, (found = englishSentences(text)));
      return found;
    },
  };
}

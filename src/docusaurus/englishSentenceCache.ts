import {englishSentences, type EnglishSentence} from '../core/l10n/englishSentences';

// Each English page is compared with its translation in every locale (and for the client and the
// server bundle), and the translation status plugin has already read it: its sentences are
// computed once per version of its text, per build process.
const byPath = new Map<string, {text: string; sentences: EnglishSentence[]}>();

/** The sentences of the English page at `path` whose text is `text`. */
export function englishSentencesOf(path: string, text: string): EnglishSentence[] {
  const known = byPath.get(path);
  if (known?.text === text) return known.sentences;
  const sentences = englishSentences(text);
  byPath.set(path, {text, sentences});
  return sentences;
}

/** Sentences computed elsewhere (by the status analysis) for the English page at `path`. */
export function rememberEnglishSentences(path: string, text: string, sentences: EnglishSentence[]): void {
  byPath.set(path, {text, sentences});
}

/**
 * The terms of a text, for the search index and for queries alike (one function, so both sides cut
 * text the same way).
 *
 * Chinese and Japanese runs become overlapping character pairs (bigrams). A dictionary segmenter
 * (Intl.Segmenter) cuts the same words differently by context and by ICU version, so a query cut
 * in the reader's browser could miss the words cut at build time; pairs need no dictionary and
 * rank a run that contains the whole query above one that shares a pair (measured: README, Search).
 *
 * Latin-script words are lower-cased without accents ("conexão" → "conexao"), and identifiers are
 * also indexed by their parts ("CloseOutputAsync" → "closeoutputasync", "close", "output", "async").
 */

/** Han, kana (with the prolonged sound mark and iteration marks) and Hangul, as a regex character class. */
export const CJK_CHARACTER = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u30FC\\u3005\\u3006]';
const CJK = new RegExp(CJK_CHARACTER, 'u');
const CJK_RUN = new RegExp(`${CJK_CHARACTER}+`, 'gu');
const WORD = /[\p{L}\p{N}]+/gu;
const IDENTIFIER_PART = /\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{N}+/gu;
const MARKS = /\p{M}/gu;

/** True when a term is made of Chinese or Japanese characters (no typo tolerance or prefixes of Latin words apply). */
export function isCjkTerm(term: string): boolean {
  return CJK.test(term);
}

const NON_ASCII = /[^\p{ASCII}]/u;

function latinTerm(word: string): string {
  // Most words are ASCII, which has no accents to take off: the whole set's index spent 0.4 s on them.
  return !NON_ASCII.test(word) ? word.toLowerCase() : word.normalize('NFD').replace(MARKS, '').toLowerCase();
}

function bigrams(run: string, terms: string[]): void {
  const chars = [...run];
  if (chars.length === 1) terms.push(run);
  chars.slice(1).forEach((char, i) => terms.push(`${chars[i]}${char}`));
}

export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  // NFKC: full-width Latin and digits become ASCII, half-width katakana full-width.
  const normal = text.normalize('NFKC');
  for (const run of normal.match(CJK_RUN) ?? []) bigrams(run, terms);
  for (const word of normal.replace(CJK_RUN, ' ').match(WORD) ?? []) {
    terms.push(latinTerm(word));
    const parts = word.match(IDENTIFIER_PART) ?? [];
    if (parts.length > 1) for (const part of parts) terms.push(latinTerm(part));
  }
  return terms;
}

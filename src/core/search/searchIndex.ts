import type {SearchSection, SearchSentence} from './pageSections';
import {isCjkTerm, searchTerms} from './searchTerms';

/** Fields searched: both languages of titles, headings and sentences, and code (identifiers). */
export const SEARCH_FIELDS = ['titles', 'headings', 'text', 'code'] as const;

const both = (a: string, b?: string) => (b && b !== a ? `${a}\n${b}` : a);

/** A field's text in a section. */
export function fieldText(section: SearchSection, field: (typeof SEARCH_FIELDS)[number]): string {
  switch (field) {
    case 'titles':
      return both(section.title, section.titleEn);
    case 'headings':
      return both(section.heading, section.headingEn);
    case 'text':
      return section.sentences.map((s) => both(s.t, s.e)).join('\n');
    case 'code':
      return section.code;
  }
}

/** Field boosts: a word in a title counts thrice a word in a sentence. */
export const SEARCH_BOOST: Readonly<Record<string, number>> = {titles: 3, headings: 2.5, text: 1, code: 0.5};

/**
 * Whether a query term also finds the words it starts: Latin words by their start ("CloseOut",
 * "websock"); a single Chinese or Japanese character by the pairs it starts.
 */
export const termIsPrefix = (term: string): boolean => (isCjkTerm(term) ? [...term].length === 1 : term.length >= 2);

/** Typos a query term forgives: one in five letters ("websoket"), two from eight; pairs of characters none. */
export const termFuzziness = (term: string): number => (!isCjkTerm(term) && term.length >= 5 ? Math.min(2, Math.round(term.length * 0.2)) : 0);

/** One result: where it lands, and the sentence that matched best in the language that matched. */
export interface SearchHit {
  path: string;
  anchor: string;
  title: string;
  heading: string;
  /** The best sentence: `text` in the language that matched, `other` its other language. */
  sentence?: {text: string; english: boolean; other?: string};
  /** The index terms that matched, for highlighting. */
  terms: string[];
}

/** The sentence sharing most terms with the query, and which of its languages shares them. */
export function bestSentence(sentences: readonly SearchSentence[], terms: readonly string[]): SearchHit['sentence'] {
  const wanted = new Set(terms);
  const count = (text?: string) => (text ? new Set(searchTerms(text).filter((t) => wanted.has(t))).size : 0);
  let best: SearchHit['sentence'];
  let bestCount = 0;
  for (const sentence of sentences) {
    const inTranslation = count(sentence.t);
    const inEnglish = count(sentence.e);
    if (Math.max(inTranslation, inEnglish) <= bestCount) continue;
    bestCount = Math.max(inTranslation, inEnglish);
    best =
      sentence.e && inEnglish > inTranslation
        ? {text: sentence.e, english: true, other: sentence.t}
        : {text: sentence.t, english: Boolean(sentence.en), ...(sentence.e ? {other: sentence.e} : {})};
  }
  return best;
}

import MiniSearch, {type Options, type SearchOptions} from 'minisearch';
import type {SearchSection, SearchSentence} from './pageSections';
import {isCjkTerm, searchTerms} from './searchTerms';

/** The index's file in each locale's build, fetched from the locale's base URL when search opens. */
export const SEARCH_INDEX_FILE = 'search-index.json';

/** Fields searched: both languages of titles, headings and sentences, and code (identifiers). */
const FIELDS = ['titles', 'headings', 'text', 'code'] as const;
/** What a result shows, stored in the index so a query needs no other file. */
const STORED = ['path', 'anchor', 'title', 'heading', 'sentences'] as const;

const both = (a: string, b?: string) => (b && b !== a ? `${a}\n${b}` : a);

function extractField(section: SearchSection, field: string): unknown {
  switch (field) {
    case 'id':
      return `${section.path}#${section.anchor}`;
    case 'titles':
      return both(section.title, section.titleEn);
    case 'headings':
      return both(section.heading, section.headingEn);
    case 'text':
      return section.sentences.map((s) => both(s.t, s.e)).join('\n');
    default:
      return section[field as keyof SearchSection];
  }
}

const SEARCH: SearchOptions = {
  boost: {titles: 3, headings: 2.5, text: 1, code: 0.5},
  combineWith: 'OR',
  // Latin words are found by their start ("CloseOut", "websock"); a single Chinese or Japanese
  // character by the pairs it starts.
  prefix: (term) => (isCjkTerm(term) ? [...term].length === 1 : term.length >= 2),
  // One typo in five letters ("websoket"); pairs of characters have no typos to forgive.
  fuzzy: (term) => (!isCjkTerm(term) && term.length >= 5 ? 0.2 : false),
  maxFuzzy: 2,
};

const OPTIONS: Options<SearchSection> = {
  fields: [...FIELDS],
  storeFields: [...STORED],
  extractField,
  tokenize: (text) => searchTerms(text),
  processTerm: (term) => term || null,
  searchOptions: SEARCH,
};

/** A search index of sections, serializable with JSON.stringify. */
export function createSearchIndex(sections: readonly SearchSection[]): MiniSearch<SearchSection> {
  const index = new MiniSearch<SearchSection>(OPTIONS);
  index.addAll(sections);
  return index;
}

/** Reads an index that createSearchIndex wrote (its JSON text). */
export function loadSearchIndex(json: string): MiniSearch<SearchSection> {
  return MiniSearch.loadJSON<SearchSection>(json, OPTIONS);
}

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

/** The best sections for a query, best first. */
export function searchSections(index: MiniSearch<SearchSection>, query: string, limit = 8): SearchHit[] {
  return index
    .search(query)
    .slice(0, limit)
    .map((result) => {
      const sentence = bestSentence(result.sentences as SearchSentence[], result.terms);
      return {
        path: result.path as string,
        anchor: result.anchor as string,
        title: result.title as string,
        heading: result.heading as string,
        ...(sentence ? {sentence} : {}),
        terms: result.terms,
      };
    });
}

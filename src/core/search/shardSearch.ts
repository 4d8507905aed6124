import type {SearchSection} from './pageSections';
import {bestSentence, termFuzziness, termIsPrefix, type SearchHit} from './searchIndex';
import {searchTerms} from './searchTerms';

/** The manifest's path under the locale's base URL; chunks and fragments live under `search/<version>/`. */
export const SEARCH_MANIFEST = 'search/manifest.json';

export interface SearchManifest {
  /** A hash of every chunk and fragment: their folder, so a new build never mixes with a cached old one. */
  version: string;
  /** The first term of each chunk, sorted: chunk i holds the terms from chunks[i] up to chunks[i + 1]. */
  chunks: string[];
  /** Sections in each fragment, in order: section ids count up fragment after fragment. */
  fragments: number[];
  /** Ids of sections that continue the one before (a long section's later parts): one result per section. */
  parts: number[];
}

export interface SearchChunk {
  terms: string[];
  /** Per term: section id deltas and scores (×SCORE_SCALE, rounded), alternating. */
  postings: number[][];
}

/** What a result shows of a section. */
export type StoredSection = Pick<SearchSection, 'path' | 'anchor' | 'title' | 'heading' | 'sentences'>;

export const SCORE_SCALE = 100;

export const chunkFile = (version: string, i: number) => `search/${version}/c${i}.json`;
export const fragmentFile = (version: string, i: number) => `search/${version}/f${i}.json`;

/** Where a query's files come from: fetch in the browser, the build folder in Node. */
export interface ShardSource {
  chunk(i: number): Promise<SearchChunk>;
  fragment(i: number): Promise<StoredSection[]>;
}

export interface QueryTerm {
  term: string;
  prefix: boolean;
  /** Largest edit distance forgiven (0: none). */
  fuzzy: number;
}

// MiniSearch's weights for words a query term starts and words one or two edits away.
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** The terms of a query, with what each forgives: the same cut and options as the index. */
export function queryTerms(query: string): QueryTerm[] {
  return searchTerms(query).map((term) => ({term, prefix: termIsPrefix(term), fuzzy: termFuzziness(term)}));
}

/** The chunk a term is in, or would be: the last whose first term is not after it. */
export function chunkOf(manifest: SearchManifest, term: string): number {
  let low = 0;
  let high = manifest.chunks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((manifest.chunks[mid] ?? '') <= term) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The chunks a query reads first: each term's own, and for a prefix the next one too when the words
 * it starts run on into it. At most two per term, whatever the vocabulary: a query's cost is bounded.
 */
export function chunksFor(manifest: SearchManifest, terms: readonly QueryTerm[]): number[] {
  const wanted = new Set<number>();
  for (const {term, prefix} of terms) {
    const own = chunkOf(manifest, term);
    wanted.add(own);
    const next = manifest.chunks[own + 1];
    if (prefix && next?.startsWith(term)) wanted.add(own + 1);
  }
  return [...wanted].sort((a, b) => a - b);
}

/**
 * Then, for a term that forgives typos and is not a word of the index (its own chunk lacks it): both
 * neighbours of its chunk, as a typo may sort the word it meant before or after it.
 */
export function typoChunksFor(manifest: SearchManifest, terms: readonly QueryTerm[], loaded: ReadonlyMap<number, SearchChunk>): number[] {
  const last = manifest.chunks.length - 1;
  const wanted = new Set<number>();
  for (const {term, fuzzy} of terms) {
    if (fuzzy === 0) continue;
    const own = chunkOf(manifest, term);
    if (loaded.get(own)?.terms.includes(term)) continue;
    for (const neighbour of [own - 1, own + 1]) if (neighbour >= 0 && neighbour <= last && !loaded.has(neighbour)) wanted.add(neighbour);
  }
  return [...wanted].sort((a, b) => a - b);
}

/** Levenshtein distance if it is at most `max`, else undefined; stops once a row exceeds it. */
export function editDistance(a: string, b: string, max: number): number | undefined {
  if (Math.abs(a.length - b.length) > max) return undefined;
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      row.push(value);
      least = Math.min(least, value);
    }
    if (least > max) return undefined;
    previous = row;
  }
  const distance = previous[b.length] ?? Infinity;
  return distance <= max ? distance : undefined;
}

/** How much a word of the index counts for a query term: 1 exact, less for a longer word it starts or a typo, 0 none. */
function matchWeight(query: QueryTerm, word: string): number {
  if (word === query.term) return 1;
  if (query.prefix && word.startsWith(query.term)) return (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * (word.length - query.term.length));
  if (query.fuzzy > 0) {
    const distance = editDistance(word, query.term, query.fuzzy);
    if (distance) return (FUZZY_WEIGHT * word.length) / (word.length + distance);
  }
  return 0;
}

export interface RankedSection {
  section: number;
  score: number;
  /** The index's words that matched, for highlighting. */
  terms: string[];
}

/**
 * Ranks sections as MiniSearch does with our options: per query term, each matching word's score
 * times its weight, summed over terms (OR), times the number of distinct query terms matched.
 */
export function rankSections(chunks: readonly SearchChunk[], terms: readonly QueryTerm[]): RankedSection[] {
  const found = new Map<number, {score: number; queried: Set<string>; words: Set<string>}>();
  for (const query of terms) {
    for (const chunk of chunks) {
      chunk.terms.forEach((word, w) => {
        const weight = matchWeight(query, word);
        if (weight === 0) return;
        const postings = chunk.postings[w] ?? [];
        let section = 0;
        for (let p = 0; p + 1 < postings.length; p += 2) {
          section += postings[p] ?? 0;
          const entry = found.get(section) ?? {score: 0, queried: new Set<string>(), words: new Set<string>()};
          entry.score += (weight * (postings[p + 1] ?? 0)) / SCORE_SCALE;
          entry.queried.add(query.term);
          entry.words.add(word);
          found.set(section, entry);
        }
      });
    }
  }
  return [...found]
    .map(([section, {score, queried, words}]) => ({section, score: score * queried.size, terms: [...words]}))
    .sort((a, b) => b.score - a.score || a.section - b.section);
}

/** The best-ranked part of each section: a long section's later parts name the same place. */
function onePerSection(manifest: SearchManifest, ranked: readonly RankedSection[]): RankedSection[] {
  const continues = new Set(manifest.parts);
  const seen = new Set<number>();
  return ranked.filter(({section}) => {
    let first = section;
    while (continues.has(first)) first--;
    if (seen.has(first)) return false;
    seen.add(first);
    return true;
  });
}

/** The fragment holding a section, and the section's place in it. */
export function fragmentOf(manifest: SearchManifest, section: number): {fragment: number; offset: number} | undefined {
  let start = 0;
  for (let fragment = 0; fragment < manifest.fragments.length; fragment++) {
    const size = manifest.fragments[fragment] ?? 0;
    if (section < start + size) return {fragment, offset: section - start};
    start += size;
  }
  return undefined;
}

/** The best sections for a query, best first, reading only the chunks it needs and the fragments of the hits. */
export async function searchShards(manifest: SearchManifest, source: ShardSource, query: string, limit = 8): Promise<SearchHit[]> {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const loaded = new Map<number, SearchChunk>();
  const load = async (wanted: number[]) => {
    for (const [i, chunk] of await Promise.all(wanted.map(async (i) => [i, await source.chunk(i)] as const))) loaded.set(i, chunk);
  };
  await load(chunksFor(manifest, terms));
  await load(typoChunksFor(manifest, terms, loaded));
  const ranked = onePerSection(manifest, rankSections([...loaded.values()], terms)).slice(0, limit);
  const places = ranked.map((r) => fragmentOf(manifest, r.section));
  const fragments = new Map(
    await Promise.all([...new Set(places.flatMap((p) => (p ? [p.fragment] : [])))].map(async (i) => [i, await source.fragment(i)] as const)),
  );
  return ranked.flatMap((r, i) => {
    const place = places[i];
    const section = place && fragments.get(place.fragment)?.[place.offset];
    if (!section) return [];
    const sentence = bestSentence(section.sentences, r.terms);
    return [{path: section.path, anchor: section.anchor, title: section.title, heading: section.heading, ...(sentence ? {sentence} : {}), terms: r.terms}];
  });
}

import {fieldText, SEARCH_BOOST, SEARCH_FIELDS} from './searchIndex';
import {searchTerms} from './searchTerms';
import type {SearchSection} from './pageSections';
import {chunkFile, fragmentFile, SCORE_SCALE, SEARCH_MANIFEST, type SearchChunk, type SearchManifest, type StoredSection} from './shardSearch';

/**
 * A locale's search index cut into files a reader fetches only as a query needs them: a small
 * manifest, chunks of terms (contiguous ranges of the sorted vocabulary, so a term and the words it
 * starts sit together), and fragments holding the shown text of a few sections each.
 *
 * Each posting carries the section's whole score for the term: MiniSearch's BM25+ (its statistics,
 * computed here as MiniSearch computes them), summed over fields with their boosts as MiniSearch
 * sums them, so the browser ranks without field lengths or document counts (the tests rank the same
 * sections with MiniSearch itself).
 */

export interface SearchShards {
  manifest: SearchManifest;
  chunks: SearchChunk[];
  fragments: StoredSection[][];
}

export interface ShardOptions {
  /** Postings' JSON size at which a chunk is closed (a chunk holds at least one term). */
  chunkBytes?: number;
  /** Stored text at which a fragment is closed (a fragment holds at least one section). */
  fragmentBytes?: number;
  /** Sections kept per term, the best scoring: what a frequent term costs a query is bounded. */
  maxPostings?: number;
  /** Sentences' JSON size at which a long section is cut into parts, each indexed and stored on its own. */
  partBytes?: number;
}

// Sized on the whole zh-TW set (1,087 pages, 11,107 sections; the same build's pages re-cut with each
// size; the most a further query fetched, gzip): chunks of 6,000 bytes and fragments of 1,200, 29.8 KB;
// 4,000/1,200, 26.7 KB; 3,000/900, 25.0 KB (more, smaller files each pay gzip's overhead); 4,000/900,
// 24.4 KB; with 500 postings kept per term instead of 1,000, 23.3 KB (`DbContext 設定`: 6 chunks, 8 fragments).
const DEFAULTS: Required<ShardOptions> = {chunkBytes: 4_000, fragmentBytes: 900, maxPostings: 500, partBytes: 3_000};

/** Cuts a long section's sentences into parts of about `partBytes`; code and headings stay with the first. */
function inParts(sections: readonly SearchSection[], partBytes: number): SearchSection[] {
  return sections.flatMap((section) => {
    const parts: SearchSection[] = [];
    let sentences: SearchSection['sentences'] = [];
    let bytes = 0;
    const close = () => {
      parts.push(parts.length === 0 ? {...section, sentences} : {...section, sentences, code: '', part: parts.length});
      sentences = [];
      bytes = 0;
    };
    for (const sentence of section.sentences) {
      const size = JSON.stringify(sentence).length;
      if (sentences.length > 0 && bytes + size > partBytes) close();
      sentences.push(sentence);
      bytes += size;
    }
    close();
    return parts;
  });
}

// MiniSearch's defaults for BM25+ (k, b, d), which its own ranking uses.
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** A term's sections (ascending) and their scores. */
interface Postings {
  sections: number[];
  scores: number[];
}

/**
 * Per term of the vocabulary: each section's score, as MiniSearch would add it up over fields for an
 * exact match. Its statistics as it keeps them: a field's length is its number of distinct terms, the
 * average a running mean in section order.
 */
function scoredPostings(sections: readonly SearchSection[]): Map<string, Postings> {
  // term → [field, section, occurrences, …], sections ascending and, within one, fields ascending.
  // A section's terms are counted before they join the index: one lookup per distinct term, not per word.
  const index = new Map<string, number[]>();
  const lengths: number[][] = [];
  const average: number[] = SEARCH_FIELDS.map(() => 0);
  const fieldCount = SEARCH_FIELDS.length;
  sections.forEach((section, doc) => {
    const own: number[] = [];
    lengths.push(own);
    SEARCH_FIELDS.forEach((field, fieldId) => {
      const tokens = searchTerms(fieldText(section, field));
      const counts = new Map<string, number>();
      for (const term of tokens) counts.set(term, (counts.get(term) ?? 0) + 1);
      own[fieldId] = counts.size;
      average[fieldId] = ((average[fieldId] ?? 0) * doc + counts.size) / (doc + 1);
      for (const [term, tf] of counts) {
        if (!term) continue;
        let list = index.get(term);
        if (!list) index.set(term, (list = []));
        list.push(fieldId, doc, tf);
      }
    });
  });
  const terms = new Map<string, Postings>();
  const withField = new Array<number>(fieldCount);
  for (const [term, list] of index) {
    // Sections holding the term, per field: its idf there.
    withField.fill(0);
    for (let i = 0; i < list.length; i += 3) withField[list[i] ?? 0] = (withField[list[i] ?? 0] ?? 0) + 1;
    const postings: Postings = {sections: [], scores: []};
    // A section's fields in ascending order, each added to its sum as MiniSearch adds them.
    for (let i = 0; i < list.length; i += 3) {
      const fieldId = list[i] ?? 0;
      const doc = list[i + 1] ?? 0;
      const tf = list[i + 2] ?? 0;
      const holders = withField[fieldId] ?? 0;
      const idf = Math.log(1 + (sections.length - holders + 0.5) / (holders + 0.5));
      const avg = average[fieldId] || 1;
      const boost = SEARCH_BOOST[SEARCH_FIELDS[fieldId] ?? ''] ?? 1;
      const length = lengths[doc]?.[fieldId] ?? 0;
      const score = boost * (idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / avg))));
      const last = postings.sections.length - 1;
      if (postings.sections[last] === doc) postings.scores[last] = (postings.scores[last] ?? 0) + score;
      else {
        postings.sections.push(doc);
        postings.scores.push(score);
      }
    }
    terms.set(term, postings);
  }
  return terms;
}

function encodePostings({sections, scores}: Postings, max: number): number[] {
  const all = sections.map((_, i) => i);
  // Sections are ascending already: only a term in more than `max` of them sorts, to keep its best.
  const kept =
    all.length <= max
      ? all
      : all
          .sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || (sections[a] ?? 0) - (sections[b] ?? 0))
          .slice(0, max)
          .sort((a, b) => a - b);
  const out: number[] = [];
  let last = 0;
  for (const i of kept) {
    const section = sections[i] ?? 0;
    out.push(section - last, Math.max(1, Math.round((scores[i] ?? 0) * SCORE_SCALE)));
    last = section;
  }
  return out;
}

/**
 * 12 hex digits that change with the content: FNV-1a over the texts, twice with different offsets
 * (48 bits). It names a cache folder, it is no defence against anyone, and core code has no crypto.
 */
function contentVersion(texts: readonly string[]): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193) >>> 0;
      b = Math.imul(b ^ c, 0x01000193) >>> 0;
    }
    a = Math.imul(a ^ 0xff, 0x01000193) >>> 0;
  }
  return (a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0')).slice(0, 12);
}

/** Cuts sections (in page order) into a manifest, term chunks and stored-text fragments. */
export function buildSearchShards(pageSections: readonly SearchSection[], options: ShardOptions = {}): SearchShards {
  const {chunkBytes, fragmentBytes, maxPostings, partBytes} = {...DEFAULTS, ...options};
  const sections = inParts(pageSections, partBytes);
  const scored = scoredPostings(sections);
  const chunks: SearchChunk[] = [];
  let current: SearchChunk = {terms: [], postings: []};
  let bytes = 0;
  // Code-unit order, as the browser compares strings when it looks a term up.
  for (const term of [...scored.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const postings = encodePostings(scored.get(term) ?? {sections: [], scores: []}, maxPostings);
    current.terms.push(term);
    current.postings.push(postings);
    bytes += term.length + 4 + JSON.stringify(postings).length;
    if (bytes >= chunkBytes) {
      chunks.push(current);
      current = {terms: [], postings: []};
      bytes = 0;
    }
  }
  if (current.terms.length > 0 || chunks.length === 0) chunks.push(current);

  const fragments: StoredSection[][] = [];
  let fragment: StoredSection[] = [];
  let stored = 0;
  for (const {path, anchor, title, heading, sentences} of sections) {
    fragment.push({path, anchor, title, heading, sentences});
    stored += JSON.stringify(sentences).length + title.length + heading.length + path.length;
    if (stored >= fragmentBytes) {
      fragments.push(fragment);
      fragment = [];
      stored = 0;
    }
  }
  if (fragment.length > 0) fragments.push(fragment);

  const version = contentVersion([...chunks, ...fragments].map((part) => JSON.stringify(part)));
  return {
    manifest: {
      version,
      chunks: chunks.map((c) => c.terms[0] ?? ''),
      fragments: fragments.map((f) => f.length),
      parts: sections.flatMap((s, i) => (s.part ? [i] : [])),
    },
    chunks,
    fragments,
  };
}

/** Each file of the shards with its path under the locale's base URL and its JSON text. */
export function shardFiles({manifest, chunks, fragments}: SearchShards): Array<{file: string; json: string}> {
  return [
    {file: SEARCH_MANIFEST, json: JSON.stringify(manifest)},
    ...chunks.map((chunk, i) => ({file: chunkFile(manifest.version, i), json: JSON.stringify(chunk)})),
    ...fragments.map((fragment, i) => ({file: fragmentFile(manifest.version, i), json: JSON.stringify(fragment)})),
  ];
}

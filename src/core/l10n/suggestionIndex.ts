import {normalizeEnglish} from './englishSentences';
import {sortedWords, sortedWordSimilarity} from './similarity';

/** A translation a translator may reuse: the memory's, or another sentence's of the locale's pages. */
export interface SuggestionSource {
  source: string;
  target: string;
  /** The page it is on (a memory entry names the page it left). */
  page: string;
  id: string;
  origin: 'memory' | 'page';
}

export interface RankedSuggestion {
  source: string;
  target: string;
  similarity: number;
  page: string;
  origin: 'memory' | 'page';
}

/** A word in more sentences than this says nothing of which are alike ("the", "to"): it finds no candidates. */
export const MAX_WORD_SENTENCES = 5_000;
/** Postings a query reads at most, over all its words. */
export const MAX_POSTINGS_PER_QUERY = 50_000;
/** Candidates scored in full per query, those sharing the most words first. */
export const MAX_CANDIDATES = 200;

/**
 * Suggestions for a sentence from every translation of a locale (its memory and its pages), indexed
 * once: identical English by its normal form, similar English through the words it shares. A query
 * reads at most MAX_POSTINGS_PER_QUERY postings and compares at most MAX_CANDIDATES sentences in
 * full, however many pages the locale has.
 */
export class SuggestionIndex {
  private readonly entries: Array<SuggestionSource & {words: string[]}> = [];
  private readonly byWord = new Map<string, number[]>();
  private readonly byEnglish = new Map<string, number[]>();

  constructor(sources: Iterable<SuggestionSource>) {
    for (const source of sources) {
      if (source.source.trim() === '' || source.target.trim() === '') continue;
      const at = this.entries.length;
      const words = sortedWords(source.source);
      this.entries.push({...source, words});
      push(this.byEnglish, normalizeEnglish(source.source), at);
      for (const word of new Set(words)) push(this.byWord, word, at);
    }
  }

  get size(): number {
    return this.entries.length;
  }

  /** The best translations of identical or similar English, most similar first, one per translation, never the sentence itself. */
  suggest(
    english: string,
    {limit = 3, threshold = 0.5, self}: {limit?: number; threshold?: number; self?: {page: string; id: string}} = {},
  ): RankedSuggestion[] {
    const words = sortedWords(english);
    const shared = new Map<number, number>();
    for (const at of (this.byEnglish.get(normalizeEnglish(english)) ?? []).slice(0, MAX_CANDIDATES)) shared.set(at, Number.MAX_SAFE_INTEGER);
    // Rarest words first, until the budget of postings is spent: the words that tell sentences apart.
    const postings = [...new Set(words)]
      .map((w) => this.byWord.get(w) ?? [])
      .filter((list) => list.length > 0 && list.length <= MAX_WORD_SENTENCES)
      .sort((a, b) => a.length - b.length);
    let budget = MAX_POSTINGS_PER_QUERY;
    for (const list of postings) {
      if (list.length > budget) break;
      budget -= list.length;
      for (const at of list) shared.set(at, (shared.get(at) ?? 0) + 1);
    }
    const candidates = [...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_CANDIDATES);
    const ranked: RankedSuggestion[] = [];
    for (const [at] of candidates) {
      const entry = this.entries[at];
      if (!entry || (self && entry.origin === 'page' && entry.page === self.page && entry.id === self.id)) continue;
      const similarity = sortedWordSimilarity(words, entry.words);
      if (similarity >= threshold) ranked.push({source: entry.source, target: entry.target, similarity, page: entry.page, origin: entry.origin});
    }
    // Most similar first; at equal similarity the memory's (kept on purpose), then by page, for a stable order.
    ranked.sort((a, b) => b.similarity - a.similarity || (a.origin === b.origin ? a.page.localeCompare(b.page) : a.origin === 'memory' ? -1 : 1));
    const seen = new Set<string>();
    return ranked.filter((s) => !seen.has(s.target) && seen.add(s.target)).slice(0, limit);
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

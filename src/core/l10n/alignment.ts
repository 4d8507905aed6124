import {UNTRANSLATED, type SpanSegment} from '../markdown/spanPairs';
import {normalizeEnglish, type EnglishSentence} from './englishSentences';
import {sortedWords, sortedWordSimilarity} from './similarity';

/**
 * How one unit of the current English (a sentence, or a run of sentences one old segment covered)
 * relates to the localized page:
 * - translated: a translation of exactly this English exists;
 * - updatable: a translation exists whose English differs only in what is never translated (URLs, code, xref uids);
 * - stale: the closest earlier English was translated, but the English has changed;
 * - untranslated: nothing translates it (new English, or a sentence sync already marked).
 */
export type AlignmentState = 'translated' | 'updatable' | 'stale' | 'untranslated';

export interface AlignedUnit {
  start: number;
  end: number;
  english: string;
  state: AlignmentState;
  segment?: SpanSegment;
  similarity?: number;
}

export interface Alignment {
  units: AlignedUnit[];
  /** Translations whose English is gone from the page. */
  obsolete: SpanSegment[];
}

export const STALE_SIMILARITY = 0.5;
const MAX_RUN = 4;

/** The English with every untranslatable part (link URL, inline code, xref uid, bare URL) replaced by a placeholder. */
export function maskUntranslatable(text: string): string {
  return untranslatableParts(text).reduce((acc, part) => acc.replace(part, '\u0000'), normalizeEnglish(text));
}

/** Link URLs, inline code and bare URLs, in order of appearance. */
export function untranslatableParts(text: string): string[] {
  return [...normalizeEnglish(text).matchAll(/\]\([^)\s]*\)|`[^`]+`|https?:\/\/[^\s)]+/g)].map((m) => m[0]);
}

interface SentenceKeys {
  keys: string[];
  joins: Array<string | undefined>;
}

const keysBySentences = new WeakMap<readonly EnglishSentence[], SentenceKeys>();

/**
 * Each sentence's comparison key and what joins it to the next one ('' or ' ', undefined when
 * syntax lies between them), so a run's key is built without normalizing the page again. Kept
 * per sentence list: every locale of a page is aligned with the same list.
 */
function sentenceKeys(englishText: string, sentences: readonly EnglishSentence[]): SentenceKeys {
  let found = keysBySentences.get(sentences);
  if (!found) {
    found = {
      keys: sentences.map((s) => normalizeEnglish(s.text)),
      joins: sentences.map((s, i) => {
        const next = sentences[i + 1];
        const gap = next ? englishText.slice(s.end, next.start) : '';
        return gap === '' ? '' : /^\s+$/.test(gap) ? ' ' : undefined;
      }),
    };
    keysBySentences.set(sentences, found);
  }
  return found;
}

/** A page's segments by their English, taken one at a time in page order. */
class SegmentsByEnglish {
  private readonly available = new Map<string, SpanSegment[]>();
  /** The lengths of the keys: most runs of sentences match no segment, and comparing lengths first avoids building their keys. */
  readonly lengths: Set<number>;

  constructor(segments: readonly SpanSegment[]) {
    for (const segment of segments) {
      const key = normalizeEnglish(segment.source);
      const list = this.available.get(key);
      if (list) list.push(segment);
      else this.available.set(key, [segment]);
    }
    this.lengths = new Set([...this.available.keys()].map((key) => key.length));
  }

  take(key: string): SpanSegment | undefined {
    const list = this.available.get(key);
    const found = list?.shift();
    if (list && list.length === 0) this.available.delete(key);
    return found;
  }

  /** What no sentence took, in page order of first appearance of each English. */
  left(): SpanSegment[] {
    return [...this.available.values()].flat();
  }
}

/** The comparison key of sentences i..k as one run, or undefined when no segment's English has its length. */
function runKey(
  englishText: string,
  sentences: readonly EnglishSentence[],
  {keys, joins}: SentenceKeys,
  i: number,
  k: number,
  lengths: ReadonlySet<number>,
): string | undefined {
  let length = keys[i]?.length ?? 0;
  for (let j = i; j < k && length >= 0; j++) {
    const join = joins[j];
    length = join === undefined ? -1 : length + join.length + (keys[j + 1]?.length ?? 0);
  }
  if (length >= 0 && !lengths.has(length)) return undefined;
  const first = sentences[i];
  const last = sentences[k];
  if (length < 0 && first && last) return normalizeEnglish(englishText.slice(first.start, last.end));
  let key = keys[i] ?? '';
  for (let j = i; j < k; j++) key += (joins[j] ?? '') + (keys[j + 1] ?? '');
  return key;
}

/** First pass: runs of sentences whose English a segment has exactly (longest run first); the rest are untranslated. */
function matchExact(segments: readonly SpanSegment[], englishText: string, sentences: readonly EnglishSentence[]): {units: AlignedUnit[]; left: SpanSegment[]} {
  const available = new SegmentsByEnglish(segments);
  const keyed = sentenceKeys(englishText, sentences);
  const units: AlignedUnit[] = [];
  for (let i = 0; i < sentences.length;) {
    const first = sentences[i];
    if (!first) break;
    let matched: AlignedUnit | undefined;
    for (let k = Math.min(sentences.length - 1, i + MAX_RUN - 1); k >= i && !matched; k--) {
      const last = sentences[k];
      if (!last || last.block !== first.block) continue;
      const key = runKey(englishText, sentences, keyed, i, k, available.lengths);
      const segment = key === undefined ? undefined : available.take(key);
      if (segment) {
        const english = englishText.slice(first.start, last.end);
        matched = {start: first.start, end: last.end, english, state: segment.state === UNTRANSLATED ? 'untranslated' : 'translated', segment};
        i = k + 1;
      }
    }
    if (!matched) {
      matched = {start: first.start, end: first.end, english: first.text, state: 'untranslated'};
      i++;
    }
    units.push(matched);
  }
  return {units, left: available.left()};
}

/** Second pass: English that differs from a segment's only in what is never translated (URLs, code). */
function matchUpdatable(pending: readonly AlignedUnit[], left: readonly SpanSegment[], taken: Set<SpanSegment>): void {
  const byMask = new Map<string, SpanSegment[]>();
  for (const segment of left) {
    if (segment.state === UNTRANSLATED) continue;
    const mask = maskUntranslatable(segment.source);
    byMask.set(mask, [...(byMask.get(mask) ?? []), segment]);
  }
  for (const unit of pending) {
    const segment = byMask.get(maskUntranslatable(unit.english))?.find((s) => !taken.has(s));
    if (segment) {
      taken.add(segment);
      Object.assign(unit, {state: 'updatable', segment});
    }
  }
}

/** Third pass: the most similar earlier English, most similar pairs first (stale). */
function matchStale(pending: readonly AlignedUnit[], left: readonly SpanSegment[], taken: Set<SpanSegment>): void {
  // Each word list is computed once, not once per pair.
  const unused = left.filter((s) => s.state !== UNTRANSLATED && !taken.has(s)).map((segment) => ({segment, words: sortedWords(segment.source)}));
  const candidates: Array<{unit: AlignedUnit; segment: SpanSegment; score: number}> = [];
  for (const unit of pending.filter((u) => !u.segment)) {
    const unitWords = sortedWords(unit.english);
    for (const {segment, words} of unused) {
      // Shared words are at most the shorter list: skip pairs whose best possible score is below the threshold.
      const [a, b] = [Math.min(unitWords.length, words.length), Math.max(unitWords.length, words.length)];
      if (Math.round(((2 * a) / (a + b)) * 1000) / 1000 < STALE_SIMILARITY) continue;
      const score = sortedWordSimilarity(unitWords, words);
      if (score >= STALE_SIMILARITY) candidates.push({unit, segment, score});
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  for (const {unit, segment, score} of candidates) {
    if (unit.segment || taken.has(segment)) continue;
    taken.add(segment);
    Object.assign(unit, {state: 'stale', segment, similarity: score});
  }
}

/**
 * Lines a localized page up with the current English. Exact English matches win (longest run of
 * sentences first, so one old segment covering two sentences still counts), then matches that
 * differ only in untranslatable parts, then the most similar earlier English (stale).
 */
export function alignToEnglish(segments: readonly SpanSegment[], englishText: string, sentences: readonly EnglishSentence[]): Alignment {
  const {units, left} = matchExact(segments, englishText, sentences);
  const taken = new Set<SpanSegment>();
  const pending = units.filter((u) => u.state === 'untranslated' && !u.segment);
  matchUpdatable(pending, left, taken);
  matchStale(pending, left, taken);
  return {units, obsolete: left.filter((s) => !taken.has(s))};
}

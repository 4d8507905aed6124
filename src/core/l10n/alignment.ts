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

const keysBySentences = new WeakMap<readonly EnglishSentence[], {keys: string[]; joins: Array<string | undefined>}>();

/**
 * Each sentence's comparison key and what joins it to the next one ('' or ' ', undefined when
 * syntax lies between them), so a run's key is built without normalizing the page again. Kept
 * per sentence list: every locale of a page is aligned with the same list.
 */
function sentenceKeys(englishText: string, sentences: readonly EnglishSentence[]) {
  let found = keysBySentences.get(sentences);
  if (!found) {
    found = {
      keys: sentences.map((s) => normalizeEnglish(s.text)),
      joins: sentences.map((s, i) => {
        const gap = i + 1 < sentences.length ? englishText.slice(s.end, sentences[i + 1].start) : '';
        return gap === '' ? '' : /^\s+$/.test(gap) ? ' ' : undefined;
      }),
    };
    keysBySentences.set(sentences, found);
  }
  return found;
}

/**
 * Lines a localized page up with the current English. Exact English matches win (longest run of
 * sentences first, so one old segment covering two sentences still counts), then matches that
 * differ only in untranslatable parts, then the most similar earlier English (stale).
 */
export function alignToEnglish(segments: readonly SpanSegment[], englishText: string, sentences: readonly EnglishSentence[]): Alignment {
  const available = new Map<string, SpanSegment[]>();
  for (const segment of segments) {
    const key = normalizeEnglish(segment.source);
    available.set(key, [...(available.get(key) ?? []), segment]);
  }
  const take = (key: string) => {
    const list = available.get(key);
    const found = list?.shift();
    if (list && list.length === 0) available.delete(key);
    return found;
  };
  const {keys, joins} = sentenceKeys(englishText, sentences);
  // Most runs match no segment; comparing lengths first avoids building and hashing their keys.
  const lengths = new Set([...available.keys()].map((key) => key.length));
  const runKey = (i: number, k: number) => {
    let length = keys[i].length;
    for (let j = i; j < k && length >= 0; j++) length = joins[j] === undefined ? -1 : length + joins[j]!.length + keys[j + 1].length;
    if (length >= 0 && !lengths.has(length)) return undefined;
    if (length < 0) return normalizeEnglish(englishText.slice(sentences[i].start, sentences[k].end));
    let key = keys[i];
    for (let j = i; j < k; j++) key += joins[j]! + keys[j + 1];
    return key;
  };
  const units: AlignedUnit[] = [];
  for (let i = 0; i < sentences.length; ) {
    let matched: AlignedUnit | undefined;
    for (let k = Math.min(sentences.length - 1, i + MAX_RUN - 1); k >= i && !matched; k--) {
      if (sentences[k].block !== sentences[i].block) continue;
      const key = runKey(i, k);
      const segment = key === undefined ? undefined : take(key);
      if (segment) {
        const english = englishText.slice(sentences[i].start, sentences[k].end);
        matched = {start: sentences[i].start, end: sentences[k].end, english, state: segment.state === UNTRANSLATED ? 'untranslated' : 'translated', segment};
        i = k + 1;
      }
    }
    if (!matched) {
      const {start, end, text} = sentences[i];
      matched = {start, end, english: text, state: 'untranslated'};
      i++;
    }
    units.push(matched);
  }

  // Segments left after exact matches, in page order; each pass takes from them.
  const left = [...available.values()].flat();
  const taken = new Set<SpanSegment>();
  const pending = units.filter((u) => u.state === 'untranslated' && !u.segment);
  const byMask = new Map<string, SpanSegment[]>();
  for (const segment of left.filter((s) => s.state !== UNTRANSLATED)) {
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
  // Most similar pairs first; each word list is computed once, not once per pair.
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
  return {units, obsolete: left.filter((s) => !taken.has(s))};
}

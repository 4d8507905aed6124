import {IMAGE} from '../markdown/image';
import {UNTRANSLATED, type SpanSegment} from '../markdown/spanPairs';
import type {AlignedUnit, Alignment} from './alignedUnit';
import type {EnglishSentence} from './englishSentences';
import {matchExact} from './exactRuns';
import {normalizeEnglish} from './englishSentences';
import {sortedWords, sortedWordSimilarity} from './similarity';

export const STALE_SIMILARITY = 0.5;

/** The English with every untranslatable part (link URL, inline code, xref uid, bare URL) replaced by a placeholder. */
export function maskUntranslatable(text: string): string {
  return untranslatableParts(text).reduce((acc, part) => acc.replace(part, '\u0000'), normalizeEnglish(text));
}

/** Link URLs, inline code and bare URLs, in order of appearance. */
export function untranslatableParts(text: string): string[] {
  return [...normalizeEnglish(text).matchAll(/\]\([^)\s]*\)|`[^`]+`|https?:\/\/[^\s)]+/g)].map((m) => m[0]);
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

/** A piece of an image the translation tool cut in two: its start (`![\*3.`) or its end (`Regular cursor state](images/a.jpg)`). */
const IMAGE_PIECE = /^!\[[^\]]*$|^[^[]*\]\([^)\s]*\)$/;

/**
 * Whether a pair's English has words to translate: a pair of symbols alone (a table's ✔), of code
 * alone, of an image alone or of a piece of one has no sentence to match, and is neither a unit nor obsolete.
 */
export function hasWords(source: string): boolean {
  if (IMAGE_PIECE.test(source.trim())) return false;
  const words = source.includes('![') ? source.replace(IMAGE, '') : source;
  return /[\p{L}\p{N}]/u.test(words.includes('`') ? words.replace(INLINE_CODE, '') : words);
}

/** Inline code: a pair of it alone (`` `<QueryUri>`, `<CitationText>` ``) has no words to translate either. */
const INLINE_CODE = /(`+)[\s\S]*?\1/g;

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
  return {units, obsolete: left.filter((s) => !taken.has(s) && hasWords(s.source))};
}

import type {SpanSegment} from '../markdown/spanPairs';
import {normalizeEnglish, type EnglishSentence} from './englishSentences';
import {similarity} from './similarity';

/**
 * How one unit of the current English (a sentence, or a run of sentences one old segment covered)
 * relates to the localized page:
 * - translated: a translation of exactly this English exists;
 * - updatable: a translation exists whose English differs only in what is never translated (URLs, code, xref uids);
 * - stale: the closest earlier English was translated, but the English has changed;
 * - untranslated: nothing translates it (new English, or a sentence sync already marked).
 */
export type UnitState = 'translated' | 'updatable' | 'stale' | 'untranslated';

export interface AlignedUnit {
  start: number;
  end: number;
  english: string;
  state: UnitState;
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
  const units: AlignedUnit[] = [];
  for (let i = 0; i < sentences.length; ) {
    let matched: AlignedUnit | undefined;
    for (let k = Math.min(sentences.length - 1, i + MAX_RUN - 1); k >= i && !matched; k--) {
      if (sentences[k].block !== sentences[i].block) continue;
      const english = englishText.slice(sentences[i].start, sentences[k].end);
      const segment = take(normalizeEnglish(english));
      if (segment) {
        matched = {start: sentences[i].start, end: sentences[k].end, english, state: segment.state === 'untranslated' ? 'untranslated' : 'translated', segment};
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

  const pending = () => units.filter((u) => u.state === 'untranslated' && !u.segment);
  const unused = () => [...available.values()].flat().filter((s) => s.state !== 'untranslated');
  for (const unit of pending()) {
    const mask = maskUntranslatable(unit.english);
    const segment = unused().find((s) => maskUntranslatable(s.source) === mask);
    if (segment) {
      take(normalizeEnglish(segment.source));
      Object.assign(unit, {state: 'updatable', segment});
    }
  }
  const candidates = pending()
    .flatMap((unit) => unused().map((segment) => ({unit, segment, score: similarity(unit.english, segment.source)})))
    .filter((c) => c.score >= STALE_SIMILARITY)
    .sort((a, b) => b.score - a.score);
  for (const {unit, segment, score} of candidates) {
    if (unit.segment || !unused().includes(segment)) continue;
    take(normalizeEnglish(segment.source));
    Object.assign(unit, {state: 'stale', segment, similarity: score});
  }
  return {units, obsolete: [...available.values()].flat()};
}

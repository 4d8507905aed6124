import type {SpanSegment} from '../markdown/spanPairs';

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

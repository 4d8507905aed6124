import type {GlossaryTerm} from '../../../src/core/l10n/glossary';
import type {Suggestion} from '../../../src/core/l10n/memory';
import type {ReviewState} from '../../../src/core/markdown/spanPairs';

/** A sentence's state in a translator's file (XLIFF, PO, JSON): the review workflow's, then the unfinished ones. */
export const EXCHANGE_STATES = ['translated', 'reviewed', 'final', 'needs-review', 'new'] as const;
export type ExchangeState = (typeof EXCHANGE_STATES)[number];

/** One sentence for a translator's tool. */
export interface Unit {
  page: string;
  id: string;
  english: string;
  translation: string;
  state: ExchangeState;
  /** A sentence to review: the English its translation was made from. */
  previousEnglish?: string;
  /** The glossary's terms (and the page's do-not-translate names) its English holds. */
  terms: GlossaryTerm[];
  /** What the string is for, where its source says (a UI string's description). */
  note?: string;
  context: {previous?: string; next?: string};
  suggestions: Suggestion[];
}

/** What comes back from a translator's file: the English is absent in formats that cannot carry it. */
export interface ImportedUnit {
  page: string;
  id: string;
  english?: string;
  translation: string;
  /** A state the file gives the unit that is not a finished translation (XLIFF `initial`, PO `fuzzy`): not applied. */
  draft?: string;
  /** A finished translation's state where the format says it (XLIFF states, PO `# state:` comments); else left as it is. */
  state?: 'translated' | ReviewState;
}

export interface ApplyResult {
  writes: Array<{path: string; content: string}>;
  applied: Array<{page: string; id: string}>;
  rejected: Array<{page: string; id: string; reason: string}>;
  /** What `check` warns about in the translations applied. */
  warnings: Array<{page: string; id: string; code: string; message: string}>;
}

/** A string with no neighbours, suggestions or terms (a UI string, a title): translated where it has a translation, else new. */
export function plainUnit(page: string, id: string, english: string, translation: string, note?: string): Unit {
  return {page, id, english, translation, state: translation ? 'translated' : 'new', context: {}, suggestions: [], terms: [], ...(note ? {note} : {})};
}

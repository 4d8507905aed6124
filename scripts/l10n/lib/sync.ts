import type {AlignedUnit} from '../../../src/core/l10n/alignedUnit';
import {alignToEnglish, hasWords} from '../../../src/core/l10n/alignment';
import {bodyOnEnglish, englishDate, idAllocator, isInSync, updateUntranslatable} from '../../../src/core/l10n/englishStructure';
import {splitFrontMatter} from '../../../src/core/markdown/frontMatter';
import {renderPair as pair, reviewStateOf, UNTRANSLATED} from '../../../src/core/markdown/spanPairs';
import type {EnglishSentence} from '../../../src/core/l10n/englishSentences';
import {malformedError, type LocalizedDoc} from '../../../src/core/l10n/localizedDoc';
import type {MemoryEntry, TranslationMemory} from '../../../src/core/l10n/memory';

export interface SyncReport {
  page: string;
  kept: number;
  updated: number;
  restoredFromMemory: number;
  untranslated: number;
  toMemory: number;
  changed: boolean;
}

/** A sentence whose translation was made from other English: what it was, under the id sync gave the sentence. */
export interface ToReview {
  previousEnglish: string;
  previousTranslation: string;
}

export interface SyncResult {
  text: string;
  report: SyncReport;
  /** By new id, the sentences whose translation left for the memory because their English changed. */
  review: Map<string, ToReview>;
  /** The translations that left the page for the memory. */
  leaving: MemoryEntry[];
}

function setFrontMatterLine(frontMatter: string, key: string, value: string): string {
  const line = new RegExp(`^${key.replace(/\./g, '\\.')}:.*$`, 'm');
  return line.test(frontMatter) ? frontMatter.replace(line, `${key}: ${value}`) : `${frontMatter}\n${key}: ${value}`;
}

/**
 * Brings one localized page to the current English structure. Nothing translated is lost: a
 * translation either stays on the page or goes into `memory`, which the page also reuses from.
 */
export function syncPage(
  doc: LocalizedDoc,
  englishText: string,
  sentences: EnglishSentence[],
  memory: TranslationMemory,
  {idKey, firstCopy = false}: {idKey?: string; firstCopy?: boolean} = {},
): SyncResult {
  const {path: page, text: localizedText} = doc;
  // A locale's first copy of a page reads as its English, but has every sentence to translate.
  if (!firstCopy && isInSync(doc, englishText)) {
    const kept = doc.segments.filter((s) => hasWords(s.source)).length;
    return {
      text: localizedText,
      report: {page, kept, updated: 0, restoredFromMemory: 0, untranslated: 0, toMemory: 0, changed: false},
      review: new Map(),
      leaving: [],
    };
  }
  // Rewriting a page on the English would drop a block whose pair cannot be read: it is mended by hand first.
  const malformed = malformedError(doc);
  if (malformed) throw malformed;
  const {units, obsolete} = alignToEnglish(doc.segments, englishText, sentences);
  const nextId = idAllocator(doc.segments, idKey);
  const review = new Map<string, ToReview>();
  const report: SyncReport = {page, kept: 0, updated: 0, restoredFromMemory: 0, untranslated: 0, toMemory: 0, changed: false};
  const leaving: MemoryEntry[] = obsolete.filter((s) => s.state !== UNTRANSLATED).map((s) => ({source: s.source, target: s.target, page, id: s.id}));

  const render = (unit: AlignedUnit): string => {
    const {segment, english} = unit;
    // A review stays with its translation; only URLs or code brought up to date leave it reviewed too.
    if (unit.state === 'translated' && segment) {
      report.kept++;
      return pair(segment.id, segment.target, english, reviewStateOf(segment.state));
    }
    if (unit.state === 'updatable' && segment) {
      report.updated++;
      return pair(segment.id, updateUntranslatable(segment.target, segment.source, english), english, reviewStateOf(segment.state));
    }
    if (unit.state === 'stale' && segment) leaving.push({source: segment.source, target: segment.target, page, id: segment.id});
    const memo = memory.find(english);
    if (memo) {
      report.restoredFromMemory++;
      return pair(nextId(), memo.target, english);
    }
    report.untranslated++;
    const id = segment?.state === UNTRANSLATED ? segment.id : nextId();
    if (unit.state === 'stale' && segment) review.set(id, {previousEnglish: segment.source, previousTranslation: segment.target});
    return pair(id, english, english, UNTRANSLATED);
  };
  const body = bodyOnEnglish(doc, englishText, units, render);
  const {frontMatterText} = splitFrontMatter(localizedText);
  // Copied as written, so the date keeps the English page's YAML form (and no YAML is parsed per locale).
  const date = englishDate(englishText);
  const frontMatter = date ? setFrontMatterLine(frontMatterText, 'ms.date', date) : frontMatterText;
  const text = `---\n${frontMatter}\n---\n${body}`;
  report.toMemory = memory.add(leaving);
  report.changed = text !== localizedText;
  return {text, report, review, leaving};
}

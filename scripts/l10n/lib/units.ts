import {memoryPath} from '../../../src/core/i18n/paths';
import {normalizeEnglish} from '../../../src/core/l10n/englishSentences';
import {replaceSegments, reviewStateOf, targetOpenTag, UNTRANSLATED, type ReviewState, type SpanSegment} from '../../../src/core/markdown/spanPairs';
import type {LocalizedDoc} from '../../../src/core/l10n/localizedDoc';
import {glossaryFindings, termsIn, type GlossaryTerm} from '../../../src/core/l10n/glossary';
import {serializeMemory, suggestionsFor, TranslationMemory, type Suggestion} from '../../../src/core/l10n/memory';
import type {Project} from '../../../src/project/project';
import {checkIncoming} from './checks';
import {exchangePages} from './exchangePages';

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

/**
 * Every sentence of the current English of every page, for one locale, whether or not `sync` ran
 * and whether or not the locale has the page yet: translated, to review (its translation was made
 * from other English, given with that English), or new; with neighbours and suggestions.
 */
export async function exportUnits(project: Project, locale: string): Promise<Unit[]> {
  const memory = project.memory[locale] ?? [];
  const units: Unit[] = [];
  const glossary = project.glossary[locale] ?? [];
  for await (const {page, doc, review, noLoc} of exchangePages(project, locale)) {
    doc.segments.forEach((s, i) => {
      const toReview = review.get(s.id);
      const finished = s.state !== UNTRANSLATED;
      const state: ExchangeState = finished ? (reviewStateOf(s.state) ?? 'translated') : toReview ? 'needs-review' : 'new';
      units.push({
        page,
        id: s.id,
        english: s.source,
        translation: finished ? s.target : (toReview?.previousTranslation ?? ''),
        state,
        ...(toReview ? {previousEnglish: toReview.previousEnglish} : {}),
        terms: termsIn(s.source, glossary, noLoc),
        context: {previous: doc.segments[i - 1]?.source, next: doc.segments[i + 1]?.source},
        suggestions: finished ? [] : suggestionsFor(s.source, memory),
      });
    });
  }
  return units;
}

export interface ApplyResult {
  writes: Array<{path: string; content: string}>;
  applied: Array<{page: string; id: string}>;
  rejected: Array<{page: string; id: string; reason: string}>;
  /** What `check` warns about in the translations applied. */
  warnings: Array<{page: string; id: string; code: string; message: string}>;
}

type Change = {segment: SpanSegment; text: string};

/**
 * A page with its new translations. When every sentence translated is on the page as it is, with
 * the same English, only those change; else the page is written on the current English, as `sync`
 * would write it, and `onSync` keeps in the memory what leaves it.
 */
function pageWrite(doc: LocalizedDoc, onDisk: LocalizedDoc | undefined, changes: readonly Change[], onSync: () => void): {path: string; content: string} {
  const inPlace = onDisk && new Map(onDisk.segments.map((s) => [s.id, s]));
  const local = inPlace && changes.map(({segment, text}) => ({at: inPlace.get(segment.id), segment, text}));
  if (onDisk && local?.every(({at, segment}) => at && at.source === segment.source && at.state === segment.state)) {
    const ranges = local.map(({at, text}) => ({start: at?.start ?? 0, end: at?.targetEnd ?? 0, text})).sort((a, b) => a.start - b.start);
    return {path: onDisk.path, content: replaceSegments(onDisk.text, ranges, (c) => c.text)};
  }
  onSync();
  const ranges = changes.map(({segment, text}) => ({start: segment.start, end: segment.targetEnd, text})).sort((a, b) => a.start - b.start);
  return {path: doc.path, content: replaceSegments(doc.text, ranges, (c) => c.text)};
}

/**
 * Puts imported translations into the localized pages, on the current English: a page not yet
 * synced is written as `sync` would write it (what leaves it goes to the memory file), a page the
 * locale has no copy of is created. Only units whose id exists and whose English is the current
 * English are applied; only their translation text changes, so an unedited round trip writes nothing.
 */
export async function applyUnits(project: Project, locale: string, imported: ImportedUnit[]): Promise<ApplyResult> {
  const result: ApplyResult = {writes: [], applied: [], rejected: [], warnings: []};
  const byPage = new Map<string, ImportedUnit[]>();
  for (const unit of imported) {
    const units = byPage.get(unit.page);
    if (units) units.push(unit);
    else byPage.set(unit.page, [unit]);
  }
  const memory = new TranslationMemory(project.memory[locale]);
  const glossary = project.glossary[locale] ?? [];
  for await (const {page, doc, onDisk, leaving, noLoc} of exchangePages(project, locale)) {
    const units = byPage.get(page);
    byPage.delete(page);
    if (!units) continue;
    const byId = new Map(doc.segments.map((s) => [s.id, s]));
    const changes: Change[] = [];
    for (const unit of units) {
      const segment = byId.get(unit.id);
      if (!segment) {
        result.rejected.push({page, id: unit.id, reason: 'unknown id'});
        continue;
      }
      if (unit.english !== undefined && normalizeEnglish(unit.english) !== normalizeEnglish(segment.source)) {
        result.rejected.push({page, id: unit.id, reason: 'the English changed since export; export again'});
        continue;
      }
      if (/<\/?span\b/i.test(unit.translation)) {
        result.rejected.push({page, id: unit.id, reason: 'the translation contains span markup, which would break the span pairs'});
        continue;
      }
      const untranslated = segment.state === UNTRANSLATED;
      if (unit.translation.trim() === '' || (untranslated && unit.translation === segment.source)) continue;
      // The same text: only a review state the file gives otherwise changes (approved, or sent back).
      const review = unit.state === undefined ? (unit.translation === segment.target ? reviewStateOf(segment.state) : undefined) : reviewStateOf(unit.state);
      if (!untranslated && unit.translation === segment.target && review === reviewStateOf(segment.state)) continue;
      // check's rules, before anything is written: an error refuses the unit (and so the file).
      const findings = [
        ...checkIncoming(segment, unit.translation),
        ...glossaryFindings(segment.source, unit.translation, glossary, noLoc).map((f) => ({...f, severity: 'warning' as const})),
      ];
      const errors = findings.filter((f) => f.severity === 'error');
      for (const {code, message} of findings.filter((f) => f.severity === 'warning')) result.warnings.push({page, id: unit.id, code, message});
      if (errors.length > 0) {
        result.rejected.push({page, id: unit.id, reason: errors.map((e) => `${e.code} ${e.message}`).join('; ')});
        continue;
      }
      changes.push({segment, text: targetOpenTag(segment.id, review) + unit.translation});
      result.applied.push({page, id: unit.id});
    }
    if (changes.length === 0) continue;
    result.writes.push(pageWrite(doc, onDisk, changes, () => memory.add(leaving)));
  }
  for (const [page, units] of byPage) for (const u of units) result.rejected.push({page, id: u.id, reason: `no English page ${page}`});
  if (memory.size !== (project.memory[locale]?.length ?? 0)) result.writes.push({path: memoryPath(locale), content: serializeMemory(memory.toArray())});
  return result;
}

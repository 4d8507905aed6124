import {memoryPath} from '../../../src/core/i18n/paths';
import {normalizeEnglish} from '../../../src/core/l10n/englishSentences';
import {breaksPair, replaceSegments, reviewStateOf, targetOpenTag, UNTRANSLATED, type SpanSegment} from '../../../src/core/markdown/spanPairs';
import type {LocalizedDoc} from '../../../src/core/l10n/localizedDoc';
import {glossaryFindings, termsIn} from '../../../src/core/l10n/glossary';
import {serializeMemory, suggestionsFor, TranslationMemory} from '../../../src/core/l10n/memory';
import type {Project} from '../../../src/project/project';
import {checkIncoming, checkText} from './checks';
import {frontMatterEnglish, frontMatterKey, frontMatterUnits, isFrontMatterId, setFrontMatter} from './frontMatterUnits';
import {applyUiUnits, UI_PAGE, uiUnits} from './uiUnits';
import {exchangePages} from './exchangePages';
import type {ApplyResult, ExchangeState, ImportedUnit, Unit} from './unitTypes';

/**
 * Every sentence of the current English of every page, for one locale, whether or not `sync` ran
 * and whether or not the locale has the page yet: translated, to review (its translation was made
 * from other English, given with that English), or new; with neighbours and suggestions.
 */
export async function exportUnits(project: Project, locale: string, {pages}: {pages?: ReadonlySet<string>} = {}): Promise<Unit[]> {
  const memory = project.memory[locale] ?? [];
  const units: Unit[] = [];
  const glossary = project.glossary[locale] ?? [];
  for await (const exchange of exchangePages(project, locale, pages ? {pages} : {})) {
    const {page, onDisk, noLoc, englishFrontMatter} = exchange;
    const {doc, review} = exchange.synced();
    units.push(...frontMatterUnits(page, englishFrontMatter, onDisk));
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
  return pages ? units : [...units, ...uiUnits(project.root, locale)];
}

type Change = {segment: SpanSegment; text: string};

/** A front matter unit checked as a sentence is: its English the current one, its text past check's rules. */
function frontMatterEdit(unit: ImportedUnit, english: Record<string, unknown>, onDisk: LocalizedDoc | undefined): {value?: string} | {reason: string} {
  const current = frontMatterEnglish(unit.id, english);
  if (current === undefined) return {reason: 'unknown id'};
  if (unit.english !== undefined && normalizeEnglish(unit.english) !== normalizeEnglish(current))
    return {reason: 'the English changed since export; export again'};
  const translation = unit.translation.trim();
  if (!translation || translation === onDisk?.data[frontMatterKey(unit.id)]) return {};
  const errors = checkText(current, translation).filter((f) => f.severity === 'error');
  return errors.length ? {reason: errors.map((e) => `${e.code} ${e.message}`).join('; ')} : {value: translation};
}

/**
 * A page with its new translations. When every sentence that changes is on the page as it is, with
 * the same English, only those change; else the page is written on the current English, as `sync`
 * would write it (`synced`: what leaves it goes to the memory).
 */
function pageWrite(doc: LocalizedDoc, onDisk: LocalizedDoc | undefined, changes: readonly Change[]): {path: string; content: string; synced: boolean} {
  const byId = onDisk === doc ? undefined : onDisk && new Map(onDisk.segments.map((s) => [s.id, s]));
  const local = byId && changes.map(({segment, text}) => ({at: byId.get(segment.id), segment, text}));
  const inDiskPage = local?.every(({at, segment}) => at && at.source === segment.source && at.state === segment.state);
  const [page, ranges] =
    onDisk && local && inDiskPage
      ? [onDisk, local.map(({at, text}) => ({start: at?.start ?? 0, end: at?.targetEnd ?? 0, text}))]
      : [doc, changes.map(({segment, text}) => ({start: segment.start, end: segment.targetEnd, text}))];
  ranges.sort((a, b) => a.start - b.start);
  return {path: page.path, content: replaceSegments(page.text, ranges, (c) => c.text), synced: page !== onDisk};
}

/**
 * Whether every sentence a file translates is on the page as it is, with the current English: then
 * only those change and the page needs no sync (the common case: a translator's fixes).
 */
function inPlace(onDisk: LocalizedDoc, units: readonly ImportedUnit[], current: ReadonlySet<string>): boolean {
  const byId = new Map(onDisk.segments.map((s) => [s.id, s]));
  return units.every((u) => {
    const segment = byId.get(u.id);
    return segment !== undefined && current.has(normalizeEnglish(segment.source));
  });
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
  applyUiUnits(
    project.root,
    locale,
    imported.filter((u) => u.page.startsWith(UI_PAGE)),
    result,
  );
  for (const unit of imported) {
    if (unit.page.startsWith(UI_PAGE)) continue;
    const units = byPage.get(unit.page);
    if (units) units.push(unit);
    else byPage.set(unit.page, [unit]);
  }
  const memory = new TranslationMemory(project.memory[locale]);
  const glossary = project.glossary[locale] ?? [];
  // Only the pages the units are on are read: a save of one sentence reads one page.
  for await (const exchange of exchangePages(project, locale, {pages: new Set(byPage.keys())})) {
    const {page, onDisk, noLoc, englishFrontMatter} = exchange;
    const units = byPage.get(page);
    byPage.delete(page);
    if (!units) continue;
    const sentences = units.filter((u) => !isFrontMatterId(u.id));
    // Else the page as sync would write it, and what leaves it kept in the memory once written.
    const base = onDisk && inPlace(onDisk, sentences, exchange.englishSentences) ? {doc: onDisk, leaving: []} : exchange.synced();
    const {doc} = base;
    const byId = new Map(doc.segments.map((s) => [s.id, s]));
    const changes: Change[] = [];
    const frontMatter: Array<{key: string; value: string; id: string}> = [];
    for (const unit of units) {
      if (isFrontMatterId(unit.id)) {
        const edit = frontMatterEdit(unit, englishFrontMatter, onDisk);
        if ('reason' in edit) result.rejected.push({page, id: unit.id, reason: edit.reason});
        else if (edit.value !== undefined) frontMatter.push({key: frontMatterKey(unit.id), value: edit.value, id: unit.id});
        continue;
      }
      const segment = byId.get(unit.id);
      if (!segment) {
        result.rejected.push({page, id: unit.id, reason: 'unknown id'});
        continue;
      }
      if (unit.english !== undefined && normalizeEnglish(unit.english) !== normalizeEnglish(segment.source)) {
        result.rejected.push({page, id: unit.id, reason: 'the English changed since export; export again'});
        continue;
      }
      if (breaksPair(unit.translation)) {
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
    if (changes.length === 0 && frontMatter.length === 0) continue;
    // Only front matter changes: the page as it is (or, new, as sync would write it).
    const written = changes.length ? pageWrite(doc, onDisk, changes) : {path: onDisk?.path ?? doc.path, content: onDisk?.text ?? doc.text, synced: false};
    const withFrontMatter = frontMatter.length ? setFrontMatter(written.content, frontMatter) : {text: written.content};
    if ('refused' in withFrontMatter) {
      for (const {id} of frontMatter) result.rejected.push({page, id, reason: withFrontMatter.refused});
      continue;
    }
    for (const {id} of frontMatter) result.applied.push({page, id});
    if (written.synced) memory.add(base.leaving);
    result.writes.push({path: written.path, content: withFrontMatter.text});
  }
  for (const [page, units] of byPage) for (const u of units) result.rejected.push({page, id: u.id, reason: `no English page ${page}`});
  if (memory.size !== (project.memory[locale]?.length ?? 0)) result.writes.push({path: memoryPath(locale), content: serializeMemory(memory.toArray())});
  return result;
}

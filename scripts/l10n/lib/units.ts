import {alignToEnglish} from '../../../src/core/l10n/alignment';
import {normalizeEnglish} from '../../../src/core/l10n/englishSentences';
import {replaceSegments, targetOpenTag, UNTRANSLATED} from '../../../src/core/markdown/spanPairs';
import {analyzedPages} from '../../../src/project/analyzedPages';
import {readLocalizedDoc} from '../../../src/core/l10n/localizedDoc';
import {suggestionsFor, type Suggestion} from '../../../src/core/l10n/memory';
import type {Project} from '../../../src/project/project';

/** A sentence's state in a translator's file (XLIFF, PO, JSON). */
export const EXCHANGE_STATES = ['translated', 'needs-review', 'new'] as const;
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
}

/** Every sentence of every localized page of a locale, with its state, neighbours and suggestions. */
export async function exportUnits(project: Project, locale: string): Promise<Unit[]> {
  const memory = project.memory[locale] ?? [];
  const units: Unit[] = [];
  for await (const {page, english, sentences, localized} of analyzedPages(project, {locales: [locale]})) {
    const doc = localized[locale];
    if (!doc) continue;
    const aligned = alignToEnglish(doc.segments, english, sentences).units;
    const stale = new Set(aligned.filter((u) => u.state === 'stale' || u.state === 'updatable').flatMap((u) => (u.segment ? [u.segment.id] : [])));
    doc.segments.forEach((s, i) => {
      const state: ExchangeState = s.state === UNTRANSLATED ? 'new' : stale.has(s.id) ? 'needs-review' : 'translated';
      units.push({
        page,
        id: s.id,
        english: s.source,
        translation: state === 'new' ? '' : s.target,
        state,
        context: {previous: doc.segments[i - 1]?.source, next: doc.segments[i + 1]?.source},
        suggestions: state === 'translated' ? [] : suggestionsFor(s.source, memory),
      });
    });
  }
  return units;
}

export interface ApplyResult {
  writes: Array<{path: string; content: string}>;
  applied: Array<{page: string; id: string}>;
  rejected: Array<{page: string; id: string; reason: string}>;
}

/**
 * Puts imported translations into the localized pages. Only units whose id exists and whose English
 * is unchanged are applied; only their translation text changes, so an unedited round trip writes nothing.
 */
export function applyUnits(project: Project, locale: string, imported: ImportedUnit[]): ApplyResult {
  const result: ApplyResult = {writes: [], applied: [], rejected: []};
  const byPage = new Map<string, ImportedUnit[]>();
  for (const unit of imported) {
    const units = byPage.get(unit.page);
    if (units) units.push(unit);
    else byPage.set(unit.page, [unit]);
  }
  const pages = new Map(project.pages.map((p) => [p.page, p]));
  for (const [page, units] of byPage) {
    const copy = pages.get(page)?.localized[locale];
    if (!copy) {
      for (const u of units) result.rejected.push({page, id: u.id, reason: `no ${locale} page ${page}`});
      continue;
    }
    const doc = readLocalizedDoc(copy.path, copy.text);
    const byId = new Map(doc.segments.map((s) => [s.id, s]));
    const changes: Array<{start: number; end: number; text: string}> = [];
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
      if (unit.translation.trim() === '' || (unit.translation === segment.target && !untranslated)) continue;
      if (untranslated && unit.translation === segment.source) continue;
      changes.push({start: segment.start, end: segment.targetEnd, text: targetOpenTag(segment.id) + unit.translation});
      result.applied.push({page, id: unit.id});
    }
    if (changes.length === 0) continue;
    changes.sort((a, b) => a.start - b.start);
    result.writes.push({path: copy.path, content: replaceSegments(copy.text, changes, (c) => c.text)});
  }
  return result;
}

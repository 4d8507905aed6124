import {TRANSLATED_LOCALES} from '../../../src/core/i18n/locales';
import {memoryPath} from '../../../src/core/i18n/paths';
import {hasWords} from '../../../src/core/l10n/alignment';
import {normalizeEnglish} from '../../../src/core/l10n/englishSentences';
import {serializeMemory, TranslationMemory} from '../../../src/core/l10n/memory';
import {msDateToIso} from '../../../src/core/markdown/msDate';
import {UNTRANSLATED} from '../../../src/core/markdown/spanPairs';
import {analyzedPages} from '../../../src/project/analyzedPages';
import type {Project} from '../../../src/project/project';
import type {TmEntry, TmxUnit} from '../formats/tmx';
import {checkText} from './checks';

const keyOf = (english: string, translation: string) => `${normalizeEnglish(english)}\u0000${translation}`;

/**
 * A locale's translation memory as a CAT tool's TM: every translated sentence of its pages (dated
 * by the page's ms.date), then the entries of its memory file, each English and translation once.
 */
export async function memoryEntries(project: Project, locale: string): Promise<TmEntry[]> {
  const entries: TmEntry[] = [];
  const seen = new Set<string>();
  const add = (entry: TmEntry) => {
    const key = keyOf(entry.english, entry.translation);
    if (seen.has(key) || !entry.translation.trim()) return;
    seen.add(key);
    entries.push(entry);
  };
  for await (const {page, localized} of analyzedPages(project, {locales: [locale]})) {
    const doc = localized[locale];
    if (!doc) continue;
    const created = msDateToIso(doc.data['ms.date']);
    for (const s of doc.segments) {
      if (s.state !== UNTRANSLATED && hasWords(s.source)) add({english: s.source, translation: s.target, page, id: s.id, ...(created ? {created} : {})});
    }
  }
  for (const m of project.memory[locale] ?? []) add({english: m.source, translation: m.target, page: m.page, id: m.id});
  return entries;
}

export interface TmxMerge {
  writes: Array<{path: string; content: string}>;
  /** Per locale: entries added to the memory, and entries the repository had already. */
  locales: Array<{locale: string; added: number; known: number}>;
  /** Entries refused (markup that could run, span markup): any one refuses the whole file. */
  refused: Array<{line: number; locale: string; reason: string}>;
  /** Units with no English, or in no language of the site: left out. */
  ignored: number;
}

/**
 * Merges a TMX file into the memory files of the site's locales it has: an entry the pages or the
 * memory have already (same English and translation) is not added again, so a round trip adds nothing.
 */
export async function mergeTmx(project: Project, units: readonly TmxUnit[]): Promise<TmxMerge> {
  const merge: TmxMerge = {writes: [], locales: [], refused: [], ignored: 0};
  const byTag = new Map(TRANSLATED_LOCALES.map((l) => [l.toLowerCase(), l]));
  const used = new Set<string>();
  for (const unit of units) {
    const locales = [...unit.translations.keys()].map((tag) => byTag.get(tag.toLowerCase())).filter((l) => l !== undefined);
    if (unit.english === undefined || locales.length === 0) merge.ignored++;
    else for (const locale of locales) used.add(locale);
  }
  for (const locale of TRANSLATED_LOCALES.filter((l) => used.has(l))) {
    const known = new Set((await memoryEntries(project, locale)).map((e) => keyOf(e.english, e.translation)));
    const memory = new TranslationMemory(project.memory[locale]);
    let added = 0;
    let already = 0;
    for (const unit of units) {
      const translation = [...unit.translations].find(([tag]) => tag.toLowerCase() === locale.toLowerCase())?.[1];
      if (unit.english === undefined || translation === undefined || !translation.trim()) continue;
      // The memory fills pages when their English comes back: held to check's rules like any translation.
      const errors = /<\/?span\b/i.test(translation)
        ? ['the translation contains span markup']
        : checkText(unit.english ?? '', translation)
            .filter((f) => f.severity === 'error' && f.code === 'L10N_MARKUP')
            .map((f) => `${f.code} ${f.message}`);
      if (errors.length) {
        merge.refused.push({line: unit.line, locale, reason: errors.join('; ')});
        continue;
      }
      if (known.has(keyOf(unit.english, translation))) {
        already++;
        continue;
      }
      known.add(keyOf(unit.english, translation));
      added += memory.add([{source: unit.english, target: translation, page: unit.page, id: unit.id}]);
    }
    merge.locales.push({locale, added, known: already});
    if (added > 0) merge.writes.push({path: memoryPath(locale), content: serializeMemory(memory.toArray())});
  }
  return merge;
}

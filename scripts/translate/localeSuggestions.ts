import {readLocalizedDoc} from '../../src/core/l10n/localizedDoc';
import {SuggestionIndex, type SuggestionSource} from '../../src/core/l10n/suggestionIndex';
import {UNTRANSLATED} from '../../src/core/markdown/spanPairs';
import type {Project} from '../../src/project/project';

/**
 * The suggestion index of one locale for the edit server: its memory and every translated sentence of
 * its pages. Each page is parsed again only when its text changed, and the index is rebuilt only when
 * a page or the memory did, so opening page after page costs reading the files, not parsing them.
 */
export class LocaleSuggestions {
  private readonly pages = new Map<string, {text: string; sources: SuggestionSource[]}>();
  private memoryKey = '';
  private index = new SuggestionIndex([]);

  constructor(private readonly locale: string) {}

  of(project: Project): SuggestionIndex {
    let changed = false;
    const present = new Set<string>();
    for (const {page, localized} of project.pages) {
      const copy = localized[this.locale];
      if (!copy) continue;
      present.add(copy.path);
      if (this.pages.get(copy.path)?.text === copy.text) continue;
      changed = true;
      const sources = readLocalizedDoc(copy.path, copy.text)
        .segments.filter((s) => s.state !== UNTRANSLATED)
        .map((s): SuggestionSource => ({source: s.source, target: s.target, page, id: s.id, origin: 'page'}));
      this.pages.set(copy.path, {text: copy.text, sources});
    }
    for (const path of this.pages.keys()) {
      if (present.has(path)) continue;
      this.pages.delete(path);
      changed = true;
    }
    const memory = project.memory[this.locale] ?? [];
    const memoryKey = JSON.stringify(memory);
    if (changed || memoryKey !== this.memoryKey) {
      this.memoryKey = memoryKey;
      this.index = new SuggestionIndex([
        ...memory.map((m): SuggestionSource => ({...m, origin: 'memory'})),
        ...[...this.pages.values()].flatMap((p) => p.sources),
      ]);
    }
    return this.index;
  }
}

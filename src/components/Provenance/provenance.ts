import {translationTypeOf} from '../../core/l10n/translationType';
import {msDateToIso} from '../../core/markdown/msDate';

/** What a localized page says about where its text comes from, read from its front matter. */
export interface Provenance {
  kind: 'human' | 'machine' | 'untranslated';
  /** ISO date of the English the translation was made from. */
  englishDate?: string;
}

export function provenanceOf(frontMatter: Record<string, unknown>, locale: string): Provenance {
  const englishDate = msDateToIso(frontMatter['ms.date']);
  if (frontMatter['ms.contentlocale'] !== locale) return {kind: 'untranslated', englishDate};
  return {kind: translationTypeOf(frontMatter), englishDate};
}

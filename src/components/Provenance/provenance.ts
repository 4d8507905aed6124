/** What a localized page says about where its text comes from, read from its front matter. */
export interface Provenance {
  kind: 'human' | 'machine' | 'untranslated';
  /** ISO date of the English the translation was made from. */
  englishDate?: string;
}

export function provenanceOf(frontMatter: Record<string, unknown>, locale: string): Provenance {
  const englishDate = isoDate(frontMatter['ms.date']);
  if (frontMatter['ms.contentlocale'] !== locale) return {kind: 'untranslated', englishDate};
  const type = String(frontMatter['ms.translationtype'] ?? '').toUpperCase();
  return {kind: type === 'MT' ? 'machine' : 'human', englishDate};
}

/** ms.date is MM/DD/YYYY. */
export function isoDate(value: unknown): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(String(value ?? '').trim());
  return m ? `${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}` : undefined;
}

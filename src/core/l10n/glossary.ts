import {parse} from 'csv-parse/sync';
import {L10nError} from './errors';

/** A glossary term: the English, what it must be in the locale (the English itself: kept as is), and a note for translators. */
export interface GlossaryTerm {
  english: string;
  translation: string;
  note: string;
}

/**
 * A locale's glossary, `i18n/<locale>/l10n-glossary.csv` (the column layout CAT tools import):
 * a header `en,<locale>,note`, then one term a row. A term whose translation is its English is
 * not to be translated (product and API names). Errors name the file and line:column.
 */
export function parseGlossary(text: string, locale: string, file: string): GlossaryTerm[] {
  let rows: string[][];
  try {
    rows = parse(text, {bom: true, skip_empty_lines: true, trim: true, relax_column_count: false});
  } catch (error) {
    const {code, lines, record} = error as {code?: string; lines?: number; record?: unknown[]};
    const reason =
      code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH'
        ? `a row has ${record?.length ?? 'another number of'} fields; every row has 3: en, ${locale}, note`
        : `not a CSV file CAT tools can read (${(error as Error).message.replace(/^[^:]*: /, '')})`;
    throw new L10nError('ERR_GLOSSARY', reason, {file, line: lines ?? 1});
  }
  const [header = [], ...terms] = rows;
  const expected = ['en', locale, 'note'];
  if (header.join(',').toLowerCase() !== expected.join(',').toLowerCase())
    throw new L10nError('ERR_GLOSSARY', `the first line must be "${expected.join(',')}", got ${JSON.stringify(header.join(','))}`, {file, line: 1});
  return terms.map(([english = '', translation = '', note = ''], i) => {
    if (!english || !translation)
      throw new L10nError('ERR_GLOSSARY', `a term needs its English and its ${locale} (the English again: not to be translated)`, {file, line: i + 2});
    return {english, translation, note};
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The term as a word or words, not inside a longer word ("socket" is not in "WebSocket"). */
const asWord = (term: string, flags: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, flags);

/** The glossary's terms a sentence's English holds, with the page's do-not-translate names (`no-loc`) as terms kept as they are. */
export function termsIn(english: string, glossary: readonly GlossaryTerm[], noLoc: readonly string[] = []): GlossaryTerm[] {
  const kept = noLoc.map((name) => ({english: name, translation: name, note: 'no-loc'}));
  return [...glossary, ...kept].filter((t) => asWord(t.english, t.translation === t.english ? 'u' : 'iu').test(english));
}

/** A translation that renders a glossary term otherwise, or translates a name to be kept: a warning each (grammar may bend a term). */
export function glossaryFindings(
  english: string,
  translation: string,
  glossary: readonly GlossaryTerm[],
  noLoc: readonly string[] = [],
): Array<{code: string; message: string}> {
  return termsIn(english, glossary, noLoc).flatMap((t) => {
    const keep = t.translation === t.english;
    const found = keep ? translation.includes(t.english) : translation.toLocaleLowerCase().includes(t.translation.toLocaleLowerCase());
    if (found) return [];
    return [
      keep
        ? {code: 'L10N_NO_LOC', message: `"${t.english}" is not to be translated, and the translation does not have it`}
        : {code: 'L10N_GLOSSARY', message: `the glossary has "${t.english}" as "${t.translation}", which the translation does not have`},
    ];
  });
}

/** A page's do-not-translate names: its English front matter's `no-loc` list (DocFX). */
export function noLocOf(frontMatter: Record<string, unknown>): string[] {
  const names = frontMatter['no-loc'];
  return Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string' && n.trim() !== '') : [];
}

/** A term as a note for translators: `middleware → 中介軟體 (pipeline)`, or `SignalR: keep as is`. */
export function termNote(term: GlossaryTerm): string {
  const rule = term.translation === term.english ? `${term.english}: keep as is` : `${term.english} → ${term.translation}`;
  return term.note ? `${rule} (${term.note})` : rule;
}

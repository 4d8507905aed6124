import {readFileSync, statSync} from 'node:fs';
import {isTranslatedLocale} from '../../../src/core/i18n/locales';
import {localeScriptMismatch} from '../../../src/core/i18n/localeScript';
import {L10nError} from '../../../src/core/l10n/errors';
import {writeFilesAtomically} from '../../../src/project/fileSystem';
import {loadProject} from '../../../src/project/project';
import {UnreadableFile, type TranslatorFile, type TranslatorFormat} from '../formats/format';
import {applyUnits} from './units';
import type {ApplyResult} from './unitTypes';

/** A translator's file as text: refused past the size limit before it is read, a byte order mark dropped. */
export function readTranslatorFile(file: string): string {
  const bytes = statSync(file).size;
  if (bytes > MAX_FILE_BYTES) {
    throw new L10nError(
      'ERR_TOO_LARGE',
      `${file} is ${(bytes / 2 ** 20).toFixed(0)} MB; import reads files up to ${MAX_FILE_BYTES / 2 ** 20} MB (about 750,000 sentences). Split it: its pages (XLIFF <file>, PO msgctxt, JSON keys) can be imported one part at a time`,
      {file},
    );
  }
  // Editors on Windows often start UTF-8 files with a byte order mark.
  return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}

/** Past this a file is refused before it is read: 200,000 sentences are 67 MB of XLIFF and take 0.8 GB to import. */
export const MAX_FILE_BYTES = 256 * 2 ** 20;

/**
 * Applies a translator's XLIFF, PO or i18next file to the localized pages, all or nothing: a file
 * that cannot be read, or any unit refused, leaves every page as it was. Drafts (XLIFF `initial`,
 * PO `fuzzy`) are listed and not applied.
 */
export async function importTranslatorFile(
  root: string,
  file: string,
  format: TranslatorFormat,
  localeOption?: string,
  dryRun = false,
): Promise<ApplyResult & {locale: string; drafts: Array<{page: string; id: string; state: string}>; written: string[]}> {
  const text = readTranslatorFile(file);
  let read: TranslatorFile;
  try {
    read = await format.read(text);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    throw new L10nError('ERR_FORMAT', `${error.message}`, {file, line: error.line, column: error.column});
  }
  const {locale: fileLocale, units} = read;
  const locale = localeOption ?? fileLocale;
  if (!isTranslatedLocale(locale)) {
    throw new L10nError('ERR_LOCALE', `cannot tell the locale of ${file}${fileLocale ? ` ("${fileLocale}")` : ''}; pass --locale`, {file});
  }
  if (fileLocale && localeOption && fileLocale !== localeOption) {
    throw new L10nError('ERR_LOCALE', `${file} is for ${fileLocale}, not ${localeOption}`, {file});
  }
  // A file for another language, imported under the wrong --locale: told by its writing, refused whole.
  const mismatch = localeScriptMismatch(
    locale,
    units.filter((u) => u.translation && u.translation !== u.english).map((u) => u.translation),
  );
  if (mismatch) throw new L10nError('ERR_LOCALE', `the file is not ${locale}: ${mismatch}. Pass the file's own locale (--locale)`, {file});
  // A draft with no text (a new sentence nobody translated yet) is nothing to list.
  const drafts = units.flatMap(({page, id, draft, translation}) => (draft && translation.trim() ? [{page, id, state: draft}] : []));
  const result = await applyUnits(
    loadProject(root),
    locale,
    units.filter((u) => !u.draft),
  );
  const written = dryRun || result.rejected.length > 0 ? [] : await writeFilesAtomically(root, result.writes);
  return {...result, locale, drafts, written};
}

export function renderTranslatorImport(result: Awaited<ReturnType<typeof importTranslatorFile>>): string {
  const refused = result.rejected.length > 0;
  return [
    `${result.locale}: ${refused ? 'would apply' : 'applied'} ${result.applied.length} translation(s)`,
    ...result.drafts.map((d) => `draft, not applied: ${d.page} ${d.id} (${d.state})`),
    ...result.warnings.map((w) => `warning: ${w.page} ${w.id}: ${w.code} ${w.message}`),
    ...result.rejected.map((r) => `refused: ${r.page} ${r.id}: ${r.reason}`),
    refused
      ? `nothing was written: ${result.rejected.length} unit(s) refused (an import applies all of a file or none of it)`
      : result.written.length
        ? `wrote ${result.written.join(', ')}`
        : 'no file changed',
  ].join('\n');
}

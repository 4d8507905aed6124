import {readFileSync} from 'node:fs';
import {isTranslatedLocale} from '../../../src/core/i18n/locales';
import {L10nError} from '../../../src/core/l10n/errors';
import {writeFilesAtomically} from '../../../src/project/fileSystem';
import {loadProject} from '../../../src/project/project';
import type {TranslatorFormat} from '../formats/format';
import {applyUnits, type ApplyResult} from './units';

/** Applies a translator's XLIFF, PO or i18next file to the localized pages. */
export async function importTranslatorFile(
  root: string,
  file: string,
  format: TranslatorFormat,
  localeOption?: string,
  dryRun = false,
): Promise<ApplyResult & {locale: string; written: string[]}> {
  const {locale: fileLocale, units} = await format.read(readFileSync(file, 'utf8'));
  const locale = localeOption ?? fileLocale;
  if (!isTranslatedLocale(locale)) {
    throw new L10nError('ERR_LOCALE', `cannot tell the locale of ${file}${fileLocale ? ` ("${fileLocale}")` : ''}; pass --locale`, {file});
  }
  if (fileLocale && localeOption && fileLocale !== localeOption) {
    throw new L10nError('ERR_LOCALE', `${file} is for ${fileLocale}, not ${localeOption}`, {file});
  }
  const result = applyUnits(loadProject(root), locale, units);
  const written = dryRun ? [] : await writeFilesAtomically(root, result.writes);
  return {...result, locale, written};
}

export function renderTranslatorImport(result: Awaited<ReturnType<typeof importTranslatorFile>>): string {
  return [
    `${result.locale}: applied ${result.applied.length} translation(s)`,
    ...result.rejected.map((r) => `not applied: ${r.page} ${r.id}: ${r.reason}`),
    result.written.length ? `wrote ${result.written.join(', ')}` : 'no file changed',
  ].join('\n');
}

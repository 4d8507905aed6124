import {readFileSync} from 'node:fs';
import {extname} from 'node:path';
import {isTranslatedLocale} from '../../../src/core/i18n/locales';
import {fromI18next} from '../formats/i18next';
import {fromPo} from '../formats/po';
import {fromXliff} from '../formats/xliff';
import {L10nError} from '../../../src/core/l10n/errors';
import {writeFilesAtomically} from '../../../src/project/fileSystem';
import {loadProject} from '../../../src/project/project';
import {applyUnits, type ApplyResult, type ImportedUnit} from '../lib/units';

export const TRANSLATOR_EXTENSIONS = ['.xlf', '.xliff', '.po', '.json'];

async function readTranslatorFile(file: string): Promise<{locale?: string; units: ImportedUnit[]}> {
  const text = readFileSync(file, 'utf8');
  const ext = extname(file).toLowerCase();
  if (ext === '.po') return fromPo(text);
  if (ext === '.json') return fromI18next(text);
  return fromXliff(text);
}

/** Applies a translator's XLIFF, PO or i18next file to the localized pages. */
export async function importTranslatorFile(root: string, file: string, localeOption?: string, dryRun = false): Promise<ApplyResult & {locale: string; written: string[]}> {
  const {locale: fileLocale, units} = await readTranslatorFile(file);
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

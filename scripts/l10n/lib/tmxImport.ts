import {L10nError} from '../../../src/core/l10n/errors';
import {writeFilesAtomically} from '../../../src/project/fileSystem';
import {loadProject} from '../../../src/project/project';
import {UnreadableFile} from '../formats/format';
import {readTmx, type TmxUnit} from '../formats/tmx';
import {mergeTmx, type TmxMerge} from './memoryExchange';
import {readTranslatorFile} from './translatorImport';

/**
 * Merges a TMX file into the locales' memory files, all or nothing: a file that cannot be read,
 * or any entry refused, writes nothing.
 */
export async function importTmxFile(root: string, file: string, dryRun = false): Promise<TmxMerge & {written: string[]; dryRun: boolean}> {
  const text = readTranslatorFile(file);
  let units: TmxUnit[];
  try {
    units = readTmx(text);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    throw new L10nError('ERR_FORMAT', error.message, {file, line: error.line, column: error.column});
  }
  const merge = await mergeTmx(loadProject(root), units);
  const written = dryRun || merge.refused.length > 0 ? [] : await writeFilesAtomically(root, merge.writes);
  return {...merge, written, dryRun};
}

export function renderTmxImport(file: string, result: Awaited<ReturnType<typeof importTmxFile>>): string {
  const refused = result.refused.length > 0;
  return [
    ...result.locales.map(
      (l) => `${l.locale}: ${refused ? 'would add' : 'added'} ${l.added} entr${l.added === 1 ? 'y' : 'ies'} to the memory, ${l.known} known already`,
    ),
    ...(result.ignored ? [`${result.ignored} unit(s) with no English or in no language of the site, left out`] : []),
    ...result.refused.map((r) => `refused: ${file}:${r.line} (${r.locale}): ${r.reason}`),
    refused
      ? `nothing was written: ${result.refused.length} entr${result.refused.length === 1 ? 'y' : 'ies'} refused (an import applies all of a file or none of it)`
      : result.written.length
        ? `wrote ${result.written.join(', ')}`
        : 'no file changed',
  ].join('\n');
}

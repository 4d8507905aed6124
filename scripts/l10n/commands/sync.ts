import type {Command} from 'commander';
import {memoryPath} from '../../../src/core/i18n/paths';
import {serializeMemory, TranslationMemory} from '../../../src/core/l10n/memory';
import {L10nError} from '../../../src/core/l10n/errors';
import {EXIT_CONTENT, reportFailure, type GlobalOptions} from '../lib/output';
import {analyzedPages} from '../../../src/project/analyzedPages';
import {loadProject, type Project} from '../../../src/project/project';
import {stageWrites} from '../../../src/project/fileSystem';
import {syncPage, type SyncReport} from '../lib/sync';

type SyncReports = Array<SyncReport & {locale: string}>;
/** A page sync left as it is, and why (a block whose pair cannot be read, at its file:line:column). */
export interface SyncSkip {
  locale: string;
  page: string;
  code: string;
  message: string;
}

/**
 * Brings every localized page to the current English, handing each changed file to `write` as soon
 * as it is ready (and waiting when `write` asks to); the memory files gather what left the pages.
 * Reports come per locale, in page order.
 */
export async function syncProject(
  project: Project,
  write: (path: string, content: string, known: 'changed') => unknown,
): Promise<{reports: SyncReports; skipped: SyncSkip[]}> {
  const skipped: SyncSkip[] = [];
  const memories = new Map(project.locales.map((l) => [l, new TranslationMemory(project.memory[l])]));
  const reports = new Map<string, SyncReports>(project.locales.map((l) => [l, []]));
  for await (const {english, sentences, localized} of analyzedPages(project)) {
    for (const locale of project.locales) {
      const doc = localized[locale];
      const memory = memories.get(locale);
      if (!doc || !memory) continue;
      let result: ReturnType<typeof syncPage>;
      try {
        result = syncPage(doc, english, sentences, memory);
      } catch (error) {
        // One page sync cannot read is left alone and reported; the others are synced.
        if (!(error instanceof L10nError)) throw error;
        skipped.push({locale, page: doc.path, code: error.code, message: error.message});
        continue;
      }
      reports.get(locale)?.push({...result.report, locale});
      if (result.report.changed) await write(doc.path, result.text, 'changed');
    }
  }
  for (const [locale, memory] of memories) {
    if (memory.size !== (project.memory[locale]?.length ?? 0)) await write(memoryPath(locale), serializeMemory(memory.toArray()), 'changed');
  }
  return {reports: [...reports.values()].flat(), skipped};
}

export function renderSync(reports: SyncReports, skipped: SyncSkip[], written: string[], dryRun: boolean): string {
  const lines = reports.map(
    (r) =>
      `${r.locale} ${r.page}: ${r.kept} kept, ${r.updated} updated (links/code), ${r.restoredFromMemory} from memory, ${r.untranslated} untranslated, ${r.toMemory} to memory${r.changed ? '' : ' (unchanged)'}`,
  );
  lines.push(...skipped.map((s) => `${s.locale} left as it is: ${s.message} (${s.code}; mend the pair, then sync again)`));
  lines.push(dryRun ? `dry run: would write ${written.length} file(s)` : written.length ? `wrote ${written.join(', ')}` : 'nothing changed');
  return lines.join('\n');
}

export function registerSync(program: Command, global: () => GlobalOptions): void {
  program
    .command('sync')
    .description('bring every localized page to the current English, keeping every translation')
    .option('--dry-run', 'show what would change, write nothing')
    .action(async (options: {dryRun?: boolean}) => {
      const {root, json} = global();
      try {
        const project = loadProject(root);
        const dryRun = Boolean(options.dryRun);
        const wouldWrite: string[] = [];
        const writes = stageWrites(root);
        let result: Awaited<ReturnType<typeof syncProject>>;
        try {
          result = await syncProject(project, dryRun ? (path) => wouldWrite.push(path) : writes.stage);
        } catch (error) {
          await writes.abort();
          throw error;
        }
        const written = dryRun ? [] : await writes.commit();
        process.stdout.write(
          json
            ? `${JSON.stringify({pages: result.reports, skipped: result.skipped, written, dryRun}, null, 2)}\n`
            : `${renderSync(result.reports, result.skipped, dryRun ? wouldWrite : written, dryRun)}\n`,
        );
        if (result.skipped.length > 0) process.exitCode = EXIT_CONTENT;
      } catch (error) {
        reportFailure(error, json);
      }
    });
}

import type {Command} from 'commander';
import {memoryPath} from '../../../src/core/i18n/paths';
import {serializeMemory, TranslationMemory} from '../../../src/core/l10n/memory';
import {reportFailure, type GlobalOptions} from '../lib/output';
import {analyzedPages} from '../../../src/project/analyzedPages';
import {loadProject, type Project} from '../../../src/project/project';
import {stageWrites} from '../../../src/project/fileSystem';
import {syncPage, type SyncReport} from '../lib/sync';

type SyncReports = Array<SyncReport & {locale: string}>;

/**
 * Brings every localized page to the current English, handing each changed file to `write` as soon
 * as it is ready (and waiting when `write` asks to); the memory files gather what left the pages.
 * Reports come per locale, in page order.
 */
export async function syncProject(project: Project, write: (path: string, content: string, known: 'changed') => unknown): Promise<SyncReports> {
  const memories = new Map(project.locales.map((l) => [l, new TranslationMemory(project.memory[l])]));
  const reports = new Map<string, SyncReports>(project.locales.map((l) => [l, []]));
  for await (const {english, sentences, localized} of analyzedPages(project)) {
    for (const locale of project.locales) {
      const doc = localized[locale];
      const memory = memories.get(locale);
      if (!doc || !memory) continue;
      const result = syncPage(doc, english, sentences, memory);
      reports.get(locale)?.push({...result.report, locale});
      if (result.report.changed) await write(doc.path, result.text, 'changed');
    }
  }
  for (const [locale, memory] of memories) {
    if (memory.size !== (project.memory[locale]?.length ?? 0)) await write(memoryPath(locale), serializeMemory(memory.toArray()), 'changed');
  }
  return [...reports.values()].flat();
}

export function renderSync(reports: SyncReports, written: string[], dryRun: boolean): string {
  const lines = reports.map(
    (r) =>
      `${r.locale} ${r.page}: ${r.kept} kept, ${r.updated} updated (links/code), ${r.restoredFromMemory} from memory, ${r.untranslated} untranslated, ${r.toMemory} to memory${r.changed ? '' : ' (unchanged)'}`,
  );
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
        let reports: SyncReports;
        try {
          reports = await syncProject(project, dryRun ? (path) => wouldWrite.push(path) : writes.stage);
        } catch (error) {
          await writes.abort();
          throw error;
        }
        const written = dryRun ? [] : await writes.commit();
        process.stdout.write(
          json ? `${JSON.stringify({pages: reports, written, dryRun}, null, 2)}\n` : `${renderSync(reports, dryRun ? wouldWrite : written, dryRun)}\n`,
        );
      } catch (error) {
        reportFailure(error, json);
      }
    });
}

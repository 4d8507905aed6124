import type {Command} from 'commander';
import {memoryPath, serializeMemory} from '../lib/memory';
import {reportFailure, type GlobalOptions} from '../lib/output';
import {loadProject, type Project} from '../lib/project';
import {writeFilesAtomically} from '../lib/fileSystem';
import {syncPage, type SyncReport} from '../lib/sync';

export interface SyncPlan {
  writes: Array<{path: string; content: string}>;
  reports: Array<SyncReport & {locale: string}>;
}

/** Every localized page brought to the current English; the memory files gather what left the pages. */
export function planSync(project: Project): SyncPlan {
  const writes: SyncPlan['writes'] = [];
  const reports: SyncPlan['reports'] = [];
  for (const locale of project.locales) {
    let memory = project.memory[locale];
    for (const {english, localized} of project.pages) {
      const copy = localized[locale];
      if (!copy) continue;
      const result = syncPage(copy.path, copy.text, english, memory, project.analyzer);
      memory = result.memory;
      reports.push({...result.report, locale});
      if (result.report.changed) writes.push({path: copy.path, content: result.text});
    }
    if (memory.length !== project.memory[locale].length) writes.push({path: memoryPath(locale), content: serializeMemory(memory)});
  }
  return {writes, reports};
}

export function renderSync(plan: SyncPlan, written: string[], dryRun: boolean): string {
  const lines = plan.reports.map(
    (r) => `${r.locale} ${r.page}: ${r.kept} kept, ${r.updated} updated (links/code), ${r.restoredFromMemory} from memory, ${r.untranslated} untranslated, ${r.toMemory} to memory${r.changed ? '' : ' (unchanged)'}`,
  );
  lines.push(dryRun ? `dry run: would write ${plan.writes.filter((w) => w.content).length} file(s)` : written.length ? `wrote ${written.join(', ')}` : 'nothing changed');
  return lines.join('\n');
}

export function registerSync(program: Command, global: () => GlobalOptions): void {
  program
    .command('sync')
    .description('bring every localized page to the current English, keeping every translation')
    .option('--dry-run', 'show what would change, write nothing')
    .action((options: {dryRun?: boolean}) => {
      const {root, json} = global();
      try {
        const project = loadProject(root);
        const plan = planSync(project);
        const written = options.dryRun ? [] : writeFilesAtomically(root, plan.writes);
        process.stdout.write(json ? `${JSON.stringify({pages: plan.reports, written, dryRun: Boolean(options.dryRun)}, null, 2)}\n` : `${renderSync(plan, written, Boolean(options.dryRun))}\n`);
      } catch (error) {
        reportFailure(error, json);
      }
    });
}

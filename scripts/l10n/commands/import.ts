import {readFileSync} from 'node:fs';
import {relative} from 'node:path';
import type {Command} from 'commander';
import {readIfExists, writeFilesAtomically} from '../lib/fileSystem';
import {planImport, type ImportPlan} from '../lib/importPlan';
import {reportFailure, type GlobalOptions} from '../lib/output';

export function renderImport(plan: ImportPlan, changed: string[]): string {
  const lines = plan.pages.map((p) => {
    const unpaired = p.unpaired.length
      ? `; could not pair ${p.unpaired.length} block(s): ${p.unpaired.map((u) => `line ${u.line} ${JSON.stringify(u.text)}`).join(', ')}`
      : '';
    return `${p.input} → ${p.output} (${p.locale}, ${p.segments} segments${unpaired})`;
  });
  return [...lines, ...plan.notes, changed.length ? `wrote ${changed.length} file(s): ${changed.join(', ')}` : 'nothing changed'].join('\n');
}

export function registerImport(program: Command, global: () => GlobalOptions): void {
  program
    .command('import')
    .description('import Microsoft-style localized Markdown (span pairs) into docs/ and i18n/<locale>/')
    .argument('<files...>', 'localized .md files with ms.contentlocale front matter')
    .option('--dry-run', 'show what would be written, write nothing')
    .action((files: string[], options: {dryRun?: boolean}) => {
      const {root, json} = global();
      try {
        const inputs = files.map((path) => ({path: relative(process.cwd(), path) || path, text: readFileSync(path, 'utf8')}));
        const plan = planImport(inputs, (path) => readIfExists(root, path));
        const changed = options.dryRun
          ? plan.writes.filter((w) => readIfExists(root, w.path) !== w.content).map((w) => w.path)
          : writeFilesAtomically(root, plan.writes);
        process.stdout.write(
          json ? `${JSON.stringify({pages: plan.pages, notes: plan.notes, changed, dryRun: Boolean(options.dryRun)}, null, 2)}\n` : `${renderImport(plan, changed)}\n`,
        );
      } catch (error) {
        reportFailure(error, json);
      }
    });
}

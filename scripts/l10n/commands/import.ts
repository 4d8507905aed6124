import {readFileSync} from 'node:fs';
import {relative} from 'node:path';
import type {Command} from 'commander';
import {readIfExists, writeFilesAtomically} from '../../../src/project/fileSystem';
import {planImport, type ImportPlan} from '../lib/importPlan';
import {L10nError} from '../../../src/core/l10n/errors';
import {EXIT_CONTENT, reportFailure, type GlobalOptions} from '../lib/output';
import {formatOfFile} from '../formats';
import {importTranslatorFile, renderTranslatorImport} from '../lib/translatorImport';

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
    .description("import Microsoft-style localized Markdown (.md) into docs/ and i18n/<locale>/, or a translator's XLIFF/PO/i18next file back into the pages")
    .argument('<files...>', 'localized .md files with ms.contentlocale front matter, or one .xlf/.po/.json file')
    .option('--dry-run', 'show what would be written, write nothing')
    .option('--locale <locale>', 'locale of an i18next JSON file (XLIFF and PO name their own)')
    .action(async (files: string[], options: {dryRun?: boolean; locale?: string}) => {
      const {root, json} = global();
      try {
        if (files.some((f) => formatOfFile(f))) {
          const [file, ...more] = files;
          const format = file === undefined ? undefined : formatOfFile(file);
          if (more.length > 0 || file === undefined || !format) throw new L10nError('ERR_USAGE', 'import one translator file at a time');
          const result = await importTranslatorFile(root, file, format, options.locale, options.dryRun);
          process.stdout.write(json ? `${JSON.stringify(result, (k, v) => (k === 'writes' ? undefined : v), 2)}\n` : `${renderTranslatorImport(result)}\n`);
          if (result.rejected.length) process.exitCode = EXIT_CONTENT;
          return;
        }
        const inputs = files.map((path) => ({path: relative(process.cwd(), path) || path, text: readFileSync(path, 'utf8')}));
        const plan = planImport(inputs, (path) => readIfExists(root, path));
        const changed = options.dryRun
          ? plan.writes.filter((w) => readIfExists(root, w.path) !== w.content).map((w) => w.path)
          : await writeFilesAtomically(root, plan.writes);
        process.stdout.write(
          json
            ? `${JSON.stringify({pages: plan.pages, notes: plan.notes, changed, dryRun: Boolean(options.dryRun)}, null, 2)}\n`
            : `${renderImport(plan, changed)}\n`,
        );
      } catch (error) {
        reportFailure(error, json);
      }
    });
}

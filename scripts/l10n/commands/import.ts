import {readFileSync, statSync} from 'node:fs';
import {relative} from 'node:path';
import type {Command} from 'commander';
import {readBytesIfExists, readIfExists, writeFilesAtomically} from '../../../src/project/fileSystem';
import {normalizeInto, planAssets, readDocSet} from '../lib/docSet';
import {parseSetFile, SET_FILE, type DocSetLocation} from '../../../src/core/docfx/learnLocation';
import {ENGLISH_DOCS_DIR} from '../../../src/core/i18n/paths';
import {DEMO_CHOICES, isDemoChoice} from '../../../src/core/demos/demoChoice';
import {planImport, type ImportPlan, type PlannedWrite} from '../lib/importPlan';
import {L10nError} from '../../../src/core/l10n/errors';
import {EXIT_CONTENT, reportFailure, type GlobalOptions} from '../lib/output';
import {formatOfFile} from '../formats';
import {importTranslatorFile, renderTranslatorImport} from '../lib/translatorImport';
import {importTmxFile, renderTmxImport} from '../lib/tmxImport';

interface ImportOptions {
  dryRun?: boolean;
  locale?: string;
  into?: string;
  strict?: boolean;
  learnUrl?: string;
  fix?: boolean;
  demo?: string;
}

/** The set file that tells the site where the set is published on Microsoft Learn (see learnLocation.ts). */
function setFileWrite(into: string | undefined, option: string): PlannedWrite {
  // `folder=url` places a set's DocFX root below the imported folder (`entity-framework=https://learn.microsoft.com/ef/`).
  const [, folder = '', learnUrl = option] = /^([^=]*)=(.*)$/.exec(option) ?? [];
  let location: DocSetLocation;
  try {
    location = parseSetFile(JSON.stringify({learnUrl}));
  } catch (error) {
    throw new L10nError(
      'ERR_USAGE',
      `--learn-url: ${(error as Error).message} (the Learn URL of the set's root folder, or of a folder of it as folder=url, without a locale: https://learn.microsoft.com/ef/)`,
    );
  }
  const dir = [ENGLISH_DOCS_DIR, normalizeInto(into), normalizeInto(folder)].filter(Boolean).join('/');
  return {path: `${dir}/${SET_FILE}`, content: `${JSON.stringify(location, null, 2)}\n`};
}

/** Writes what the plan changes (or, for a dry run, only says which files it would change). */
async function applyPlan(root: string, plan: ImportPlan, dryRun = false): Promise<string[]> {
  if (dryRun) return plan.writes.filter((w) => !readBytesIfExists(root, w.path)?.equals(Buffer.from(w.content))).map((w) => w.path);
  return writeFilesAtomically(root, plan.writes);
}

/**
 * A whole doc set: every page that reads is imported; a page with a problem is listed with its
 * file:line:column and left out (exit 1), or, with --strict, stops the import before anything is written.
 */
async function importDocSet(root: string, dir: string, options: ImportOptions, json: boolean): Promise<void> {
  const set = readDocSet(dir, options.into);
  if (options.demo !== undefined && !isDemoChoice(options.demo)) {
    throw new L10nError('ERR_USAGE', `--demo must be one of ${DEMO_CHOICES.join(', ')}, got ${JSON.stringify(options.demo)}`);
  }
  const plan = planImport(set.inputs, (path) => readIfExists(root, path), {
    strict: Boolean(options.strict),
    fix: Boolean(options.fix),
    ...(options.demo ? {demo: options.demo} : {}),
  });
  const [locale] = new Set(plan.pages.map((p) => p.locale));
  if (locale) plan.writes.push(...planAssets(dir, set, locale, options.into, (path) => readBytesIfExists(root, path)));
  if (options.learnUrl !== undefined) plan.writes.push(setFileWrite(options.into, options.learnUrl));
  const changed = await applyPlan(root, plan, options.dryRun);
  const report = {
    pages: plan.pages,
    skipped: plan.skipped,
    notPages: set.notPages,
    assets: set.assets.length,
    tocs: set.tocs,
    notes: plan.notes,
    changed,
    dryRun: Boolean(options.dryRun),
  };
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : `${renderImport(plan, changed)}\n`);
  if (plan.skipped.length > 0) process.exitCode = EXIT_CONTENT;
}

export function renderImport(plan: ImportPlan, changed: string[]): string {
  const lines = plan.pages.map((p) => {
    const unpaired = p.unpaired.length
      ? `; could not pair ${p.unpaired.length} block(s): ${p.unpaired.map((u) => `line ${u.line} ${JSON.stringify(u.text)}`).join(', ')}`
      : '';
    const warnings = p.warnings.map((w) => `\n  warning ${p.input}:${w.line}:${w.column}: ${w.message}`).join('');
    return `${p.input} → ${p.output} (${p.locale}, ${p.segments} segments${unpaired})${warnings}`;
  });
  const skipped = plan.skipped.map((s) => `skipped ${s.input}${s.line ? `:${s.line}:${s.column ?? 1}` : ''}: ${s.code} ${s.message}`);
  return [...lines, ...skipped, ...plan.notes, changed.length ? `wrote ${changed.length} file(s): ${changed.join(', ')}` : 'nothing changed'].join('\n');
}

export function registerImport(program: Command, global: () => GlobalOptions): void {
  program
    .command('import')
    .description("import Microsoft-style localized Markdown (.md) into docs/ and i18n/<locale>/, or a translator's XLIFF/PO/i18next file back into the pages")
    .argument(
      '<files...>',
      "a localized doc set's root folder, localized .md files with ms.contentlocale front matter, one .xlf/.po/.json file, or one .tmx translation memory",
    )
    .option('--dry-run', 'show what would be written, write nothing')
    .option('--locale <locale>', 'locale of an i18next JSON file (XLIFF and PO name their own)')
    .option('--into <path>', "a doc set's sub-path under docs/, so it never overwrites the site's own pages")
    .option('--strict', 'in a doc set, any problem stops the import and nothing is written (for CI)')
    .option('--demo <demo>', `in a doc set, the live demo its pages end with (${DEMO_CHOICES.join(', ')}); default: read from each page's text`)
    .option('--fix', 'in a doc set, repair what machine translation left of emphasis (as check --fix does) on the way in')
    .option(
      '--learn-url <[folder=]url>',
      "where the doc set's root folder (or a folder of it) is published on Microsoft Learn, without a locale (entity-framework=https://learn.microsoft.com/ef/): links to its pages that were not imported go there",
    )
    .action(async (files: string[], options: ImportOptions) => {
      const {root, json} = global();
      try {
        if (files.some((f) => f.toLowerCase().endsWith('.tmx'))) {
          const [file, ...more] = files;
          if (more.length > 0 || file === undefined) throw new L10nError('ERR_USAGE', 'import one translator file at a time');
          const result = await importTmxFile(root, file, options.dryRun);
          process.stdout.write(json ? `${JSON.stringify(result, (k, v) => (k === 'writes' ? undefined : v), 2)}\n` : `${renderTmxImport(file, result)}\n`);
          if (result.refused.length) process.exitCode = EXIT_CONTENT;
          return;
        }
        if (files.some((f) => formatOfFile(f))) {
          const [file, ...more] = files;
          const format = file === undefined ? undefined : formatOfFile(file);
          if (more.length > 0 || file === undefined || !format) throw new L10nError('ERR_USAGE', 'import one translator file at a time');
          const result = await importTranslatorFile(root, file, format, options.locale, options.dryRun);
          process.stdout.write(json ? `${JSON.stringify(result, (k, v) => (k === 'writes' ? undefined : v), 2)}\n` : `${renderTranslatorImport(result)}\n`);
          if (result.rejected.length) process.exitCode = EXIT_CONTENT;
          return;
        }
        const [first] = files;
        if (files.length === 1 && first !== undefined && statSync(first, {throwIfNoEntry: false})?.isDirectory()) {
          await importDocSet(root, first, options, json);
          return;
        }
        if (options.into !== undefined || options.strict || options.learnUrl !== undefined)
          throw new L10nError('ERR_USAGE', '--into, --strict and --learn-url apply to a doc set: pass its root folder alone');
        const inputs = files.map((path) => ({path: relative(process.cwd(), path) || path, text: readFileSync(path, 'utf8')}));
        const plan = planImport(inputs, (path) => readIfExists(root, path));
        const changed = await applyPlan(root, plan, options.dryRun);
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

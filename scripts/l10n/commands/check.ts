import type {Command} from 'commander';
import {createLocator} from '../../../src/core/markdown/position';
import {analyzedPages} from '../../../src/project/analyzedPages';
import {glossaryFindings, noLocOf} from '../../../src/core/l10n/glossary';
import {splitFrontMatter} from '../../../src/core/markdown/frontMatter';
import {repairLeftovers} from '../../../src/core/l10n/mtLeftovers';
import {UNTRANSLATED} from '../../../src/core/markdown/spanPairs';
import {stageWrites} from '../../../src/project/fileSystem';
import {CHECKS, type Severity} from '../lib/checks';
import {EXIT_CONTENT, reportFailure, type GlobalOptions} from '../lib/output';
import {loadProject, type Project} from '../../../src/project/project';

export interface Finding {
  code: string;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  id: string;
  message: string;
}

/** A translation `--fix` repaired, at its file:line:column. */
export interface Fix {
  file: string;
  line: number;
  column: number;
  id: string;
  before: string;
  after: string;
}

/**
 * Runs every check on every translation of every localized page. With `fix`, what machine
 * translation left of emphasis is repaired first (only the translation's own bytes change) and the
 * checks run on the repaired text; the pages to write come back with the fixes.
 */
export async function runChecks(
  project: Project,
  {fix = false}: {fix?: boolean} = {},
): Promise<{findings: Finding[]; fixes: Fix[]; writes: Array<{path: string; text: string}>}> {
  const findings: Finding[] = [];
  const fixes: Fix[] = [];
  const writes: Array<{path: string; text: string}> = [];
  for await (const {english, localized} of analyzedPages(project)) {
    const noLoc = noLocOf(splitFrontMatter(english).data);
    for (const [locale, doc] of Object.entries(localized)) {
      if (!doc) continue;
      const locate = createLocator(doc.text);
      const yaml = splitFrontMatter(doc.text).error;
      if (yaml)
        findings.push({
          code: 'ERR_FRONT_MATTER',
          severity: 'error',
          file: doc.path,
          line: yaml.line,
          column: yaml.column,
          id: '',
          message: `front matter is not YAML: ${yaml.message}`,
        });
      for (const {code, message, line, column} of doc.malformed ?? []) {
        findings.push({code, severity: 'error', file: doc.path, line, column, id: '', message: `${message}; the block reads in English on the site`});
      }
      const glossary = project.glossary[locale] ?? [];
      // The checks run on the repaired translations.
      const repaired = fix ? repairLeftovers(doc.text, doc.segments) : undefined;
      const after = new Map(repaired?.fixes.map((f) => [f.id, f.after]));
      for (const original of doc.segments) {
        const target = after.get(original.id);
        const segment = target === undefined ? original : {...original, target};
        const found = CHECKS.flatMap((check) => {
          const message = check.test(segment);
          return message ? [{code: check.code, severity: check.severity, message}] : [];
        });
        // A term rendered otherwise may be grammar's doing: a warning. Untranslated sentences have none to check.
        if (segment.state !== UNTRANSLATED)
          found.push(...glossaryFindings(segment.source, segment.target, glossary, noLoc).map((f) => ({...f, severity: 'warning' as const})));
        for (const {code, severity, message} of found) {
          const {line, column} = locate(segment.targetStart);
          findings.push({code, severity, file: doc.path, line, column, id: segment.id, message});
        }
      }
      if (repaired && repaired.fixes.length > 0) {
        writes.push({path: doc.path, text: repaired.text});
        fixes.push(...repaired.fixes.map((f) => ({file: doc.path, ...f})));
      }
    }
  }
  return {findings, fixes, writes};
}

export function renderFindings(findings: Finding[], fixes: Fix[] = []): string {
  const lines = [
    ...fixes.map((f) => `${f.file}:${f.line}:${f.column}: fixed [${f.id}] ${JSON.stringify(f.before)} → ${JSON.stringify(f.after)}`),
    ...findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code} [${f.id}] ${f.message}`),
  ];
  const errors = findings.filter((f) => f.severity === 'error').length;
  return [...lines, `${errors} error(s), ${findings.length - errors} warning(s)`].join('\n');
}

export function registerCheck(program: Command, global: () => GlobalOptions): void {
  program
    .command('check')
    .description('quality gates between each translation and its English')
    .option('--fix', "repair what is unambiguous (machine translation's emptied emphasis, spaces inside emphasis markers) in place")
    .action(async (options: {fix?: boolean}) => {
      const {root, json} = global();
      try {
        const project = loadProject(root);
        const {findings, fixes, writes} = await runChecks(project, {fix: Boolean(options.fix)});
        if (writes.length > 0) {
          const staged = stageWrites(root);
          for (const {path, text} of writes) await staged.stage(path, text, 'changed');
          await staged.commit();
        }
        const errors = findings.filter((f) => f.severity === 'error').length;
        const summary = {errors, warnings: findings.length - errors, fixed: fixes.length};
        process.stdout.write(json ? `${JSON.stringify({summary, findings, fixes}, null, 2)}\n` : `${renderFindings(findings, fixes)}\n`);
        if (findings.some((f) => f.severity === 'error')) process.exitCode = EXIT_CONTENT;
      } catch (error) {
        reportFailure(error, json);
      }
    });
}

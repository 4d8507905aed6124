import type {Command} from 'commander';
import {createLocator} from '../../../src/core/markdown/position';
import {analyzedPages} from '../../../src/project/analyzedPages';
import {glossaryFindings, noLocOf} from '../../../src/core/l10n/glossary';
import {splitFrontMatter} from '../../../src/core/markdown/frontMatter';
import {UNTRANSLATED} from '../../../src/core/markdown/spanPairs';
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

/** Runs every check on every translation of every localized page. */
export async function runChecks(project: Project): Promise<Finding[]> {
  const findings: Finding[] = [];
  for await (const {english, localized} of analyzedPages(project)) {
    const noLoc = noLocOf(splitFrontMatter(english).data);
    for (const [locale, doc] of Object.entries(localized)) {
      if (!doc) continue;
      const locate = createLocator(doc.text);
      for (const {code, message, line, column} of doc.malformed ?? []) {
        findings.push({code, severity: 'error', file: doc.path, line, column, id: '', message: `${message}; the block reads in English on the site`});
      }
      const glossary = project.glossary[locale] ?? [];
      for (const segment of doc.segments) {
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
    }
  }
  return findings;
}

export function renderFindings(findings: Finding[]): string {
  const lines = findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code} [${f.id}] ${f.message}`);
  const errors = findings.filter((f) => f.severity === 'error').length;
  return [...lines, `${errors} error(s), ${findings.length - errors} warning(s)`].join('\n');
}

export function registerCheck(program: Command, global: () => GlobalOptions): void {
  program
    .command('check')
    .description('quality gates between each translation and its English')
    .action(async () => {
      const {root, json} = global();
      try {
        const project = loadProject(root);
        const findings = await runChecks(project);
        const errors = findings.filter((f) => f.severity === 'error').length;
        const summary = {errors, warnings: findings.length - errors};
        process.stdout.write(json ? `${JSON.stringify({summary, findings}, null, 2)}\n` : `${renderFindings(findings)}\n`);
        if (findings.some((f) => f.severity === 'error')) process.exitCode = EXIT_CONTENT;
      } catch (error) {
        reportFailure(error, json);
      }
    });
}

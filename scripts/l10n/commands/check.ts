import type {Command} from 'commander';
import {createLocator} from '../../../src/markdown/position';
import {CHECKS, type Severity} from '../lib/checks';
import {EXIT_CONTENT, reportFailure, type GlobalOptions} from '../lib/output';
import {loadProject, type Project} from '../lib/project';

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
export function runChecks(project: Project): Finding[] {
  const findings: Finding[] = [];
  for (const {localized} of project.pages) {
    for (const copy of Object.values(localized)) {
      if (!copy) continue;
      const doc = project.analyzer.localized(copy.path, copy.text);
      const locate = createLocator(copy.text);
      for (const segment of doc.segments) {
        for (const check of CHECKS) {
          const message = check.test(segment);
          if (!message) continue;
          const {line, column} = locate(segment.targetStart);
          findings.push({code: check.code, severity: check.severity, file: copy.path, line, column, id: segment.id, message});
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
    .action(() => {
      const {root, json} = global();
      try {
        const project = loadProject(root);
        const findings = runChecks(project);
        process.stdout.write(json ? `${JSON.stringify({findings}, null, 2)}\n` : `${renderFindings(findings)}\n`);
        if (findings.some((f) => f.severity === 'error')) process.exitCode = EXIT_CONTENT;
      } catch (error) {
        reportFailure(error, json);
      }
    });
}

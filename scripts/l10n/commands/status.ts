import type {Command} from 'commander';
import {loadProject} from '../../../src/project/project';
import {L10nError} from '../../../src/core/l10n/errors';
import {EXIT_CONTENT, reportFailure, type GlobalOptions} from '../lib/output';
import {computeStatus, statusTotals, type LocaleStatus, type StatusTotals} from '../../../src/project/status';
import {uiStringsReport} from '../../../src/project/uiStrings';

const exactPercent = (l: {total: number; translated: number}) => (l.total === 0 ? 100 : (l.translated / l.total) * 100);

/** Every locale together: what a dashboard or a CI gate reads first. */
export function statusSummary(status: LocaleStatus[]): StatusTotals & {locales: number} {
  return {locales: status.length, ...statusTotals(status)};
}

export function renderStatus(status: LocaleStatus[]): string {
  const header = ['locale', 'page', 'total', 'translated', 'stale', 'untranslated', 'obsolete', 'type'];
  const rows = status.flatMap((l) => [
    ...l.pages.map((p) => [l.locale, p.page, p.total, p.translated, p.stale, p.untranslated, p.obsolete, p.exists ? p.translationType : 'missing']),
    [l.locale, `TOTAL ${l.percent}%`, l.total, l.translated, l.stale, l.untranslated, l.obsolete, ''],
  ]);
  const cells = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]?.length ?? 0)));
  const lines = cells.map((r) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  '));
  const ui = status.map(
    (l) =>
      `${l.locale} UI strings: ${l.uiStrings?.missing.length ?? 0} missing, ${l.uiStrings?.extra.length ?? 0} extra${l.uiStrings?.missing.length ? ` (${l.uiStrings.missing.slice(0, 5).join('; ')}${l.uiStrings.missing.length > 5 ? '; …' : ''})` : ''}`,
  );
  return [...lines, '', ...ui].join('\n');
}

export function registerStatus(program: Command, global: () => GlobalOptions): void {
  program
    .command('status')
    .description('per locale and page: translated, stale, untranslated and obsolete sentences; UI strings')
    .option('--fail-under <percent>', 'exit 1 when a locale has fewer translated sentences than this percentage')
    .action(async (options: {failUnder?: string}) => {
      const {root, json} = global();
      try {
        const failUnder = options.failUnder === undefined ? undefined : Number(options.failUnder);
        if (failUnder !== undefined && !(failUnder >= 0 && failUnder <= 100))
          throw new L10nError('ERR_USAGE', `--fail-under takes a percentage from 0 to 100, got ${JSON.stringify(options.failUnder)}`);
        const project = loadProject(root);
        const ui = uiStringsReport(root, project.locales);
        const status = (await computeStatus(project)).map((l) => ({...l, uiStrings: ui[l.locale]}));
        process.stdout.write(json ? `${JSON.stringify({summary: statusSummary(status), locales: status}, null, 2)}\n` : `${renderStatus(status)}\n`);
        // The exact share, not the rounded figure shown: 89.96 % is below a 90 % gate.
        const failing = failUnder === undefined ? [] : status.filter((l) => exactPercent(l) < failUnder);
        if (failing.length) {
          const message = `below ${failUnder}%: ${failing.map((l) => `${l.locale} ${l.percent}%`).join(', ')}`;
          const locales = failing.map((l) => ({locale: l.locale, percent: exactPercent(l)}));
          process.stderr.write(
            json ? `${JSON.stringify({errors: [{code: 'ERR_THRESHOLD', message, threshold: failUnder, locales}]}, null, 2)}\n` : `${message}\n`,
          );
          process.exitCode = EXIT_CONTENT;
        }
      } catch (error) {
        reportFailure(error, json);
      }
    });
}

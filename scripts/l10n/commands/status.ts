import type {Command} from 'commander';
import {loadProject} from '../../../src/project/project';
import {L10nError} from '../../../src/core/l10n/errors';
import {EXIT_CONTENT, reportFailure, type GlobalOptions} from '../lib/output';
import {computeStatus, statusTotals, type LocaleStatus, type StatusTotals} from '../../../src/project/status';
import {uiStringsReport} from '../../../src/project/uiStrings';

const exactPercent = (l: {total: number}, part: number) => (l.total === 0 ? 100 : (part / l.total) * 100);

/** Every locale together: what a dashboard or a CI gate reads first. */
export function statusSummary(status: LocaleStatus[]): StatusTotals & {locales: number} {
  return {locales: status.length, ...statusTotals(status)};
}

export function renderStatus(status: LocaleStatus[]): string {
  const header = ['locale', 'page', 'total', 'translated', 'reviewed', 'stale', 'untranslated', 'obsolete', 'type'];
  const rows = status.flatMap((l) => [
    ...l.pages.map((p) => [l.locale, p.page, p.total, p.translated, p.reviewed, p.stale, p.untranslated, p.obsolete, p.exists ? p.translationType : 'missing']),
    [l.locale, `TOTAL ${l.percent}% (reviewed ${l.reviewedPercent}%)`, l.total, l.translated, l.reviewed, l.stale, l.untranslated, l.obsolete, ''],
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
    .option('--fail-under-reviewed <percent>', 'exit 1 when a locale has fewer reviewed sentences than this percentage')
    .action(async (options: {failUnder?: string; failUnderReviewed?: string}) => {
      const {root, json} = global();
      try {
        const percentOption = (name: string, value: string | undefined) => {
          const percent = value === undefined ? undefined : Number(value);
          if (percent !== undefined && !(percent >= 0 && percent <= 100))
            throw new L10nError('ERR_USAGE', `${name} takes a percentage from 0 to 100, got ${JSON.stringify(value)}`);
          return percent;
        };
        const gates = [
          {threshold: percentOption('--fail-under', options.failUnder), of: 'translated' as const, shown: (l: LocaleStatus) => l.percent},
          {
            threshold: percentOption('--fail-under-reviewed', options.failUnderReviewed),
            of: 'reviewed' as const,
            shown: (l: LocaleStatus) => l.reviewedPercent,
          },
        ];
        const project = loadProject(root);
        const ui = uiStringsReport(root, project.locales);
        const status = (await computeStatus(project)).map((l) => ({...l, uiStrings: ui[l.locale]}));
        process.stdout.write(json ? `${JSON.stringify({summary: statusSummary(status), locales: status}, null, 2)}\n` : `${renderStatus(status)}\n`);
        // The exact share, not the rounded figure shown: 89.96 % is below a 90 % gate.
        const errors = gates.flatMap(({threshold, of, shown}) => {
          const failing = threshold === undefined ? [] : status.filter((l) => exactPercent(l, l[of]) < threshold);
          if (failing.length === 0) return [];
          const message = `${of === 'reviewed' ? 'reviewed ' : ''}below ${threshold}%: ${failing.map((l) => `${l.locale} ${shown(l)}%`).join(', ')}`;
          return [{code: 'ERR_THRESHOLD', message, of, threshold, locales: failing.map((l) => ({locale: l.locale, percent: exactPercent(l, l[of])}))}];
        });
        if (errors.length) {
          process.stderr.write(json ? `${JSON.stringify({errors}, null, 2)}\n` : `${errors.map((e) => e.message).join('\n')}\n`);
          process.exitCode = EXIT_CONTENT;
        }
      } catch (error) {
        reportFailure(error, json);
      }
    });
}

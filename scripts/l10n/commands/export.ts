import {writeFileSync} from 'node:fs';
import type {Command} from 'commander';
import {isTranslatedLocale, TRANSLATED_LOCALES} from '../../../src/core/i18n/locales';
import {FORMAT_NAMES, formatNamed} from '../formats';
import {L10nError} from '../../../src/core/l10n/errors';
import {reportFailure, type GlobalOptions} from '../lib/output';
import {loadProject} from '../../../src/project/project';
import {EXCHANGE_STATES, exportUnits, type ExchangeState} from '../lib/units';

/** `--state needs-review,new` as states; anything else is a usage error naming what is allowed. */
function statesOption(text: string): readonly ExchangeState[] {
  const states = text.split(',').map((s) => s.trim());
  const unknown = states.filter((s) => !(EXCHANGE_STATES as readonly string[]).includes(s));
  if (unknown.length || states.length === 0)
    throw new L10nError('ERR_USAGE', `--state must list states among ${EXCHANGE_STATES.join(', ')}, got ${JSON.stringify(text)}`);
  return states as ExchangeState[];
}

export function registerExport(program: Command, global: () => GlobalOptions): void {
  program
    .command('export')
    .description("write a locale's sentences for translation tools (XLIFF 2.0, gettext PO, i18next JSON v4)")
    .requiredOption('--locale <locale>', `one of ${TRANSLATED_LOCALES.join(', ')}`)
    .requiredOption('--format <format>', FORMAT_NAMES.join(', '))
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--state <states>', `only sentences in these states, comma-separated: ${EXCHANGE_STATES.join(', ')}`)
    .action(async (options: {locale: string; format: string; out?: string; state?: string}) => {
      const {root, json} = global();
      try {
        if (!isTranslatedLocale(options.locale))
          throw new L10nError('ERR_USAGE', `--locale must be one of ${TRANSLATED_LOCALES.join(', ')}, got ${JSON.stringify(options.locale)}`);
        const format = formatNamed(options.format);
        if (!format) throw new L10nError('ERR_USAGE', `--format must be one of ${FORMAT_NAMES.join(', ')}, got ${JSON.stringify(options.format)}`);
        const states = options.state === undefined ? EXCHANGE_STATES : statesOption(options.state);
        const project = loadProject(root);
        const units = (await exportUnits(project, options.locale)).filter((u) => states.includes(u.state));
        if (units.length === 0) {
          // An empty XLIFF file would not be valid XLIFF; no file at all says the same to every tool.
          process.stderr.write(json ? `${JSON.stringify({file: null, units: 0})}\n` : `no sentences in the states ${states.join(', ')}; nothing written\n`);
          return;
        }
        const text = await format.write(units, options.locale);
        if (options.out) writeFileSync(options.out, text);
        else process.stdout.write(text);
        if (options.out) {
          const counts = Object.fromEntries(EXCHANGE_STATES.map((s) => [s, units.filter((u) => u.state === s).length]));
          process.stderr.write(
            json
              ? `${JSON.stringify({file: options.out, units: units.length, ...counts})}\n`
              : `wrote ${units.length} units to ${options.out} (${JSON.stringify(counts)})\n`,
          );
        }
      } catch (error) {
        reportFailure(error, json);
      }
    });
}

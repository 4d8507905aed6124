import {writeFileSync} from 'node:fs';
import type {Command} from 'commander';
import {isTranslatedLocale, TRANSLATED_LOCALES} from '../../../src/core/i18n/locales';
import {FORMAT_NAMES, formatNamed} from '../formats';
import {L10nError} from '../../../src/core/l10n/errors';
import {reportFailure, type GlobalOptions} from '../lib/output';
import {loadProject} from '../../../src/project/project';
import {exportUnits} from '../lib/units';
import {EXCHANGE_STATES, type ExchangeState} from '../lib/unitTypes';
import {memoryEntries} from '../lib/memoryExchange';
import {writeTmx} from '../formats/tmx';

/** `--state needs-review,new` as states; anything else is a usage error naming what is allowed. */
function statesOption(text: string): readonly ExchangeState[] {
  // "untranslated" is what status calls a new sentence.
  const states = text.split(',').map((s) => (s.trim() === 'untranslated' ? 'new' : s.trim()));
  const unknown = states.filter((s) => !(EXCHANGE_STATES as readonly string[]).includes(s));
  if (unknown.length || states.length === 0)
    throw new L10nError('ERR_USAGE', `--state must list states among ${EXCHANGE_STATES.join(', ')} (untranslated: new), got ${JSON.stringify(text)}`);
  return states as ExchangeState[];
}

/** The file to its place (or standard output), and a line on what it holds. */
function write(out: string | undefined, text: string, json: boolean, counts: {units: number} & Record<string, number>): void {
  if (!out) {
    process.stdout.write(text);
    return;
  }
  writeFileSync(out, text);
  const {units, ...byState} = counts;
  process.stderr.write(
    json
      ? `${JSON.stringify({file: out, ...counts})}\n`
      : `wrote ${units} units to ${out}${Object.keys(byState).length ? ` (${JSON.stringify(byState)})` : ''}\n`,
  );
}

export function registerExport(program: Command, global: () => GlobalOptions): void {
  program
    .command('export')
    .description("write a locale's sentences for translation tools (XLIFF 2.0, gettext PO, i18next JSON v4), or its translation memory (TMX 1.4b)")
    .requiredOption('--locale <locale>', `one of ${TRANSLATED_LOCALES.join(', ')}`)
    .requiredOption('--format <format>', `${FORMAT_NAMES.join(', ')}, or tmx: every translated sentence and the memory file`)
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--state <states>', `only sentences in these states, comma-separated: ${EXCHANGE_STATES.join(', ')}`)
    .option('--source', "the English alone, with the locale's ids: the source file for tools that pair two monolingual files")
    .action(async (options: {locale: string; format: string; out?: string; state?: string; source?: boolean}) => {
      const {root, json} = global();
      try {
        if (!isTranslatedLocale(options.locale))
          throw new L10nError('ERR_USAGE', `--locale must be one of ${TRANSLATED_LOCALES.join(', ')}, got ${JSON.stringify(options.locale)}`);
        const format = formatNamed(options.format);
        if (!format && options.format !== 'tmx')
          throw new L10nError('ERR_USAGE', `--format must be one of ${[...FORMAT_NAMES, 'tmx'].join(', ')}, got ${JSON.stringify(options.format)}`);
        const states = options.state === undefined ? EXCHANGE_STATES : statesOption(options.state);
        const project = loadProject(root);
        if (!format) {
          if (options.state !== undefined || options.source)
            throw new L10nError('ERR_USAGE', '--state and --source apply to sentences for translation, not to a translation memory (tmx)');
          const entries = await memoryEntries(project, options.locale);
          write(options.out, writeTmx(entries, options.locale, new Date()), json, {units: entries.length});
          return;
        }
        const units = (await exportUnits(project, options.locale)).filter((u) => states.includes(u.state));
        if (units.length === 0) {
          // An empty XLIFF file would not be valid XLIFF; no file at all says the same to every tool.
          process.stderr.write(json ? `${JSON.stringify({file: null, units: 0})}\n` : `no sentences in the states ${states.join(', ')}; nothing written\n`);
          return;
        }
        const counts = Object.fromEntries(EXCHANGE_STATES.map((s) => [s, units.filter((u) => u.state === s).length]));
        // The English alone: no translations, states, old English or suggestions.
        const written = options.source
          ? units.map((u) => ({...u, translation: '', state: 'new' as const, previousEnglish: undefined, suggestions: []}))
          : units;
        write(options.out, await format.write(written, options.locale, {sourceOnly: Boolean(options.source)}), json, {units: units.length, ...counts});
      } catch (error) {
        reportFailure(error, json);
      }
    });
}

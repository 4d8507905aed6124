import type {Command} from 'commander';
import {reportFailure, type GlobalOptions} from '../lib/output';
import {JOURNAL_PATH, readJournal, type JournalEntry} from '../lib/sentenceEdits';

/** One line per save: when, who, where, and the translation before and after. */
export function renderLog(entries: readonly JournalEntry[]): string {
  if (entries.length === 0) return `no edits in ${JOURNAL_PATH}`;
  return entries
    .map(
      (e) =>
        `${e.time}  ${e.author}  ${e.locale}/${e.page}#${e.id}  [${e.before.state} → ${e.after.state}]\n  - ${e.before.translation}\n  + ${e.after.translation}`,
    )
    .join('\n');
}

export function registerLog(program: Command, global: () => GlobalOptions): void {
  program
    .command('log')
    .description('the sentences saved from the page with `npm run translate`, newest last (the local edit journal)')
    .option('--limit <n>', 'only the last n edits', '50')
    .action((options: {limit: string}) => {
      const {root, json} = global();
      try {
        const limit = Math.max(0, Number.parseInt(options.limit, 10) || 0);
        const entries = readJournal(root).slice(-limit);
        // The journal keeps the files' bytes for undo; a listing shows the sentences.
        const listed = entries.map(({files, ...entry}) => ({...entry, files: files.map((f) => f.path)}));
        process.stdout.write(json ? `${JSON.stringify({edits: listed}, null, 2)}\n` : `${renderLog(entries)}\n`);
      } catch (error) {
        reportFailure(error, json);
      }
    });
}

import type {Command} from 'commander';
import {reportFailure, type GlobalOptions} from '../lib/output';
import {undoLastSave} from '../lib/sentenceEdits';

export function registerUndo(program: Command, global: () => GlobalOptions): void {
  program
    .command('undo')
    .description('revert the last sentence saved from the page: its files back to their bytes from before, if unchanged since')
    .option('--author <name>', 'who undoes it, for the journal', process.env.USER ?? 'translator')
    .action(async (options: {author: string}) => {
      const {root, json} = global();
      try {
        const undone = await undoLastSave(root, options.author);
        const summary = {
          page: undone.page,
          locale: undone.locale,
          id: undone.id,
          translation: undone.after.translation,
          files: undone.files.map((f) => f.path),
        };
        process.stdout.write(
          json
            ? `${JSON.stringify({undone: summary}, null, 2)}\n`
            : `undid ${undone.locale}/${undone.page}#${undone.id}: back to “${undone.after.translation}”\n`,
        );
      } catch (error) {
        reportFailure(error, json);
      }
    });
}

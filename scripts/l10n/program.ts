import {Command} from 'commander';
import {registerCheck} from './commands/check';
import {registerExport} from './commands/export';
import {registerImport} from './commands/import';
import {registerLog} from './commands/log';
import {registerStatus} from './commands/status';
import {registerSync} from './commands/sync';
import {registerUndo} from './commands/undo';
import type {GlobalOptions} from './lib/output';

/** The translator CLI: `npm run l10n -- <command>`. Every command takes --json. */
export function createProgram(): Command {
  const program = new Command('l10n')
    .description('translation pipeline for the bilingual docs site')
    .option('--json', 'machine-readable output')
    .option('--root <dir>', 'site root', process.cwd())
    .showHelpAfterError()
    // Usage errors (unknown options, wrong argument counts) exit with 2, as the README says; with
    // --json they are JSON too. Set before the commands are added, which inherit it.
    .exitOverride()
    .configureOutput({
      // With --json, stderr carries JSON only (commander's help after an error is left out).
      writeErr: (text) => {
        if (!program.opts<{json?: boolean}>().json || text.startsWith('{')) process.stderr.write(text);
      },
      outputError: (text, write) =>
        write(
          program.opts<{json?: boolean}>().json ? `${JSON.stringify({errors: [{code: 'ERR_USAGE', message: text.replace(/^error: /, '').trim()}]})}\n` : text,
        ),
    });
  const global = (): GlobalOptions => {
    const {json, root} = program.opts<{json?: boolean; root: string}>();
    return {json: Boolean(json), root};
  };
  registerImport(program, global);
  registerStatus(program, global);
  registerSync(program, global);
  registerCheck(program, global);
  registerExport(program, global);
  registerLog(program, global);
  registerUndo(program, global);
  return program;
}

import {Command} from 'commander';
import {registerCheck} from './commands/check';
import {registerExport} from './commands/export';
import {registerImport} from './commands/import';
import {registerStatus} from './commands/status';
import {registerSync} from './commands/sync';
import type {GlobalOptions} from './lib/output';

/** The translator CLI: `npm run l10n -- <command>`. Every command takes --json. */
export function createProgram(): Command {
  const program = new Command('l10n')
    .description('translation pipeline for the bilingual docs site')
    .option('--json', 'machine-readable output')
    .option('--root <dir>', 'site root', process.cwd())
    .showHelpAfterError();
  const global = (): GlobalOptions => {
    const {json, root} = program.opts<{json?: boolean; root: string}>();
    return {json: Boolean(json), root};
  };
  registerImport(program, global);
  registerStatus(program, global);
  registerSync(program, global);
  registerCheck(program, global);
  registerExport(program, global);
  return program;
}

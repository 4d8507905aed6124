import {CommanderError} from 'commander';
import {EXIT_USAGE} from './lib/output';
import {createProgram} from './program';

createProgram()
  .parseAsync()
  .catch((error: unknown) => {
    if (!(error instanceof CommanderError)) throw error;
    // Help and version end with 0; every other commander error is a usage error.
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
  });

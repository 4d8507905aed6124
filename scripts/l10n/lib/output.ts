import {L10nError} from '../../../src/core/l10n/errors';

export interface GlobalOptions {
  root: string;
  json: boolean;
}

/** Exit codes: 1 = the content has errors or fails a gate, 2 = the command could not run. */
export const EXIT_CONTENT = 1;
export const EXIT_USAGE = 2;

export function reportFailure(error: unknown, json: boolean): void {
  const list = error instanceof AggregateError ? error.errors : [error];
  if (!list.every((e) => e instanceof L10nError)) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(json ? `${JSON.stringify({errors: [{code: 'ERR_UNEXPECTED', message}]})}\n` : `error: ${message}\n`);
    process.exitCode = EXIT_USAGE;
    return;
  }
  const errors = list as L10nError[];
  // A command called wrongly could not run (2); a file or page with a problem fails the content (1).
  const exitCode = errors.every((e) => e.code === 'ERR_USAGE') ? EXIT_USAGE : EXIT_CONTENT;
  if (json) {
    const items = errors.map(({code, message, file, line, column}) => ({code, message, file, line, column}));
    process.stderr.write(`${JSON.stringify({errors: items}, null, 2)}\n`);
  } else {
    for (const e of errors) process.stderr.write(`error ${e.code}: ${e.message}\n`);
    process.stderr.write(`${errors.length} error(s); nothing was written\n`);
  }
  process.exitCode = exitCode;
}

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/**
 * Vitest global setup: every temporary directory of the run (tests, their servers, builds and
 * browsers) goes under one directory of its own, removed when the run ends, so repeated runs
 * leave nothing behind in the machine's temporary directory.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'bwd-tests-'));
  // Workers and the processes tests start inherit the environment; os.tmpdir() reads it on each call.
  process.env.TMPDIR = root;
  return () => rmSync(root, {recursive: true, force: true});
}

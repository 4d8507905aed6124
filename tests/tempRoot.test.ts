import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, dirname, join} from 'node:path';
import {expect, test} from 'vitest';
import setup from './tempRoot';

test('this run and the processes it starts make their temporary directories under the run’s own', () => {
  expect(basename(tmpdir())).toMatch(/^bwd-tests-/);
  const child = execFileSync(process.execPath, ['-p', 'require("node:os").tmpdir()'], {encoding: 'utf8'}).trim();
  expect(child).toBe(tmpdir());
});

test('the run’s directory and everything in it is removed when the run ends', () => {
  const before = process.env.TMPDIR;
  const teardown = setup();
  try {
    const root = tmpdir();
    expect(dirname(root)).toBe(before);
    const dir = mkdtempSync(join(root, 'leftover-'));
    writeFileSync(join(dir, 'file'), 'x');
    teardown();
    expect(existsSync(root)).toBe(false);
  } finally {
    process.env.TMPDIR = before;
  }
});

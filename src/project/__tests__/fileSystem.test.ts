import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {stageWrites} from '../fileSystem';

const tempRoot = () => mkdtempSync(join(tmpdir(), 'l10n-fs-'));

describe('stageWrites', () => {
  it('changes no page before commit, then moves every changed one into place in staging order', async () => {
    const root = tempRoot();
    writeFileSync(join(root, 'same.md'), 'same');
    writeFileSync(join(root, 'old.md'), 'old');
    const writes = stageWrites(root, {concurrency: 2});
    for (const [path, content] of [
      ['old.md', 'new'],
      ['same.md', 'same'],
      ['a.md', 'A'],
      ['b.md', 'B'],
    ] as const)
      await writes.stage(path, content);
    expect(readFileSync(join(root, 'old.md'), 'utf8')).toBe('old');
    expect(await writes.commit()).toEqual(['old.md', 'a.md', 'b.md']);
    expect(readFileSync(join(root, 'old.md'), 'utf8')).toBe('new');
    expect(readdirSync(root).sort()).toEqual(['a.md', 'b.md', 'old.md', 'same.md']);
  });

  it('when one write fails, commit rejects, no page changes and no temporary file stays', async () => {
    const root = tempRoot();
    writeFileSync(join(root, 'page.md'), 'before');
    writeFileSync(join(root, 'blocked'), 'a file where a folder is needed');
    const writes = stageWrites(root);
    await writes.stage('page.md', 'after');
    await writes.stage('blocked/page.md', 'x');
    await expect(writes.commit()).rejects.toThrow(/EEXIST|ENOTDIR/);
    expect(readFileSync(join(root, 'page.md'), 'utf8')).toBe('before');
    expect(readdirSync(root).sort()).toEqual(['blocked', 'page.md']);
  });

  it('abort removes what was staged', async () => {
    const root = tempRoot();
    const writes = stageWrites(root);
    await writes.stage('page.md', 'x');
    await writes.abort();
    expect(readdirSync(root)).toEqual([]);
  });
});

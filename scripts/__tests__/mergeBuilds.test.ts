import {mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, dirname, join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {mergeBuilds, MergeError} from '../mergeBuilds';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'part-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), {recursive: true});
    writeFileSync(join(dir, file), text);
  }
  return dir;
}
const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof MergeError ? {code: error.code, message: error.message} : error;
  }
  return undefined;
};

describe('mergeBuilds', () => {
  it('puts each locale’s build beside the others; a file both hold must be the same', () => {
    const en = tree({'index.html': 'en', 'img/logo.svg': '<svg/>'});
    const zh = tree({'zh-TW/index.html': 'zh', 'img/logo.svg': '<svg/>'});
    const out = join(mkdtempSync(join(tmpdir(), 'merged-')), 'build');
    expect(mergeBuilds([en, zh], out)).toEqual({files: 3});
    expect(readFileSync(join(out, 'zh-TW/index.html'), 'utf8')).toBe('zh');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('en');
  });

  it('refuses two different files at one path, an empty part or a link, and leaves the output as it was', () => {
    const out = tree({'index.html': 'deployed'});
    const en = tree({'index.html': 'en', 'sitemap.xml': 'a'});
    const other = tree({'sitemap.xml': 'b'});
    expect(thrown(() => mergeBuilds([en, other], out))).toEqual({
      code: 'ERR_MERGE_CONFLICT',
      message: `sitemap.xml: ${en} and ${other} hold different files at this path; build each locale from the same commit`,
    });
    expect(thrown(() => mergeBuilds([en, tree({})], out))).toMatchObject({code: 'ERR_MERGE_INPUT'});
    const linked = tree({'a.html': 'a'});
    symlinkSync('/etc/passwd', join(linked, 'b.html'));
    expect(thrown(() => mergeBuilds([linked], out))).toMatchObject({
      code: 'ERR_MERGE_INPUT',
      message: `${join(linked, 'b.html')}: a symbolic link; a build holds files only`,
    });
    expect(thrown(() => mergeBuilds([], out))).toMatchObject({code: 'ERR_MERGE_INPUT'});
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('deployed');
    // No staging folder left beside the output.
    expect(readdirSync(dirname(out)).filter((name) => name.startsWith(`.${basename(out)}-merging-`))).toEqual([]);
  });
});

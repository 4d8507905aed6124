import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {brotliDecompressSync, gunzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {createCompressor} from '../compressFiles';

function site(): string {
  const root = mkdtempSync(join(tmpdir(), 'compress-'));
  mkdirSync(join(root, 'ja-JP/assets'), {recursive: true});
  writeFileSync(join(root, 'index.html'), `<p>${'bilingual '.repeat(300)}</p>`);
  writeFileSync(join(root, 'small.js'), 'let a = 1;');
  writeFileSync(join(root, 'photo.png'), Buffer.alloc(4096, 7));
  writeFileSync(join(root, 'ja-JP/index.html'), `<p>${'二か国語 '.repeat(300)}</p>`);
  return root;
}

describe('createCompressor', () => {
  it('writes brotli and gzip copies of text files that decompress to the original', async () => {
    const root = site();
    const result = createCompressor()(root);
    for (const page of ['index.html', 'ja-JP/index.html']) {
      const original = readFileSync(join(root, page));
      expect(brotliDecompressSync(readFileSync(join(root, `${page}.br`)))).toEqual(original);
      expect(gunzipSync(readFileSync(join(root, `${page}.gz`)))).toEqual(original);
    }
    // Under 512 bytes, or not text: left alone.
    expect(['small.js.br', 'small.js.gz', 'photo.png.br', 'photo.png.gz'].filter((f) => existsSync(join(root, f)))).toEqual([]);
    expect(result.files).toBe(2);
    expect(result.brotli).toBeLessThan(result.bytes / 10);
  });

  it('leaves the directories it is told to skip (another locale’s build) for their own turn', async () => {
    const root = site();
    const compress = createCompressor();
    expect((compress(root, [join(root, 'ja-JP')])).files).toBe(1);
    expect(existsSync(join(root, 'ja-JP/index.html.br'))).toBe(false);
    expect((compress(join(root, 'ja-JP'))).files).toBe(1);
    expect(existsSync(join(root, 'ja-JP/index.html.br'))).toBe(true);
  });

  it('compresses the files and directories it is given, and passes over one that is gone', async () => {
    const root = site();
    const result = createCompressor()([join(root, 'index.html'), join(root, 'ja-JP'), join(root, 'missing.json')]);
    expect(result.files).toBe(2);
    expect(['index.html.br', 'ja-JP/index.html.gz'].filter((f) => existsSync(join(root, f)))).toHaveLength(2);
  });
});

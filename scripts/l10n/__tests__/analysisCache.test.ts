import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {englishSentences} from '../../../src/l10n/englishSentences';
import {readSeed} from '../../../src/markdown/__tests__/seeds';
import {CACHE_DIR, openAnalysisCache} from '../lib/analysis';
import {readLocalizedDoc} from '../lib/localizedDoc';
import {runCli} from './runCli';
import {copySite} from './site';

const zh = readSeed('seed-zh-TW-websockets.md');
const ja = readSeed('seed-ja-JP-websockets.md');
const english = readFileSync(join(__dirname, '../../../docs/websockets.md'), 'utf8');

describe('analysis cache', () => {
  it('gives exactly what parsing gives, from the second run on without parsing', () => {
    const root = mkdtempSync(join(tmpdir(), 'l10n-cache-'));
    const first = openAnalysisCache(root);
    first.localized('zh.md', zh);
    first.english(english);
    first.save();
    expect(first.stats).toEqual({hits: 0, misses: 2});

    const second = openAnalysisCache(root);
    expect(second.localized('zh.md', zh)).toEqual(readLocalizedDoc('zh.md', zh));
    expect(second.english(english)).toEqual(englishSentences(english));
    expect(second.stats).toEqual({hits: 2, misses: 0});
  });

  it('parses a page again when one character of it changes', () => {
    const root = mkdtempSync(join(tmpdir(), 'l10n-cache-'));
    const first = openAnalysisCache(root);
    first.localized('zh.md', zh);
    first.save();
    const edited = zh.replace('WebSocket', 'WebSockets');
    const second = openAnalysisCache(root);
    expect(second.localized('zh.md', edited)).toEqual(readLocalizedDoc('zh.md', edited));
    expect(second.stats).toEqual({hits: 0, misses: 1});
  });

  it('keeps only the entries a run used, so the file never outgrows the project', () => {
    const root = mkdtempSync(join(tmpdir(), 'l10n-cache-'));
    const fill = openAnalysisCache(root);
    fill.localized('zh.md', zh);
    fill.localized('ja.md', ja);
    fill.save();
    const onlyZh = openAnalysisCache(root);
    onlyZh.localized('zh.md', zh);
    onlyZh.save();
    const after = openAnalysisCache(root);
    after.localized('zh.md', zh);
    after.localized('ja.md', ja);
    expect(after.stats).toEqual({hits: 1, misses: 1});
  });

  it('treats a damaged cache file as empty and replaces it', () => {
    const root = mkdtempSync(join(tmpdir(), 'l10n-cache-'));
    const fill = openAnalysisCache(root);
    fill.localized('zh.md', zh);
    fill.save();
    const file = join(root, CACHE_DIR, 'analysis.v8');
    writeFileSync(file, readFileSync(file).subarray(0, 100));
    const damaged = openAnalysisCache(root);
    expect(damaged.localized('zh.md', zh)).toEqual(readLocalizedDoc('zh.md', zh));
    expect(damaged.stats).toEqual({hits: 0, misses: 1});
    damaged.save();
    const repaired = openAnalysisCache(root);
    repaired.localized('zh.md', zh);
    expect(repaired.stats).toEqual({hits: 1, misses: 0});
  });

  it('still answers when the cache cannot be written, with a warning naming the file', () => {
    const root = mkdtempSync(join(tmpdir(), 'l10n-cache-'));
    writeFileSync(join(root, 'node_modules'), 'a file where the cache folder would go');
    const cache = openAnalysisCache(root);
    expect(cache.localized('zh.md', zh)).toEqual(readLocalizedDoc('zh.md', zh));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      cache.save();
      expect(String(stderr.mock.calls[0]?.[0])).toContain(`could not write the l10n parse cache ${join(root, CACHE_DIR, 'analysis.v8')}`);
    } finally {
      stderr.mockRestore();
    }
  });

  it('gives the CLI the same answers with and without it; --no-cache writes none', async () => {
    const root = copySite();
    const uncached = await runCli(root, ['--json', '--no-cache', 'status']);
    expect(existsSync(join(root, CACHE_DIR))).toBe(false);
    const filling = await runCli(root, ['--json', 'status']);
    expect(existsSync(join(root, CACHE_DIR, 'analysis.v8'))).toBe(true);
    const cached = await runCli(root, ['--json', 'status']);
    expect(filling.stdout).toBe(uncached.stdout);
    expect(cached.stdout).toBe(uncached.stdout);
    const syncUncached = await runCli(root, ['--json', '--no-cache', 'sync', '--dry-run']);
    const syncCached = await runCli(root, ['--json', 'sync', '--dry-run']);
    expect(syncCached.stdout).toBe(syncUncached.stdout);
  });
});

import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {brotliDecompressSync, gunzipSync} from 'node:zlib';
import type {Plugin} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import {builtSearch} from '../../../project/builtSearch';
import {buildOutputsWritten} from '../../build/buildOutputs';
import searchIndexPlugin, {routeFile} from '../searchIndexPlugin';

const article = (lang: string, title: string, text: string) => `<html lang="${lang}"><body><article><h1>${title}</h1><p>${text}</p></article></body></html>`;

describe('routeFile', () => {
  it('maps a route of the locale to its HTML file, and routes of other locales to none', () => {
    expect(routeFile('/zh-TW/docs/api/closeoutputasync', '/zh-TW/')).toBe('docs/api/closeoutputasync.html');
    expect(routeFile('/zh-TW/', '/zh-TW/')).toBe('index.html');
    expect(routeFile('/zh-TW/404.html', '/zh-TW/')).toBe('404.html');
    expect(routeFile('/docs/websockets', '/zh-TW/')).toBeUndefined();
  });
});

describe('searchIndexPlugin', () => {
  it('indexes the locale’s built pages (not the 404 page), and the compression step waits for the file', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'search-build-'));
    mkdirSync(join(outDir, 'docs'));
    writeFileSync(join(outDir, 'index.html'), article('ja-JP', 'ようこそ', 'ホームページ。'));
    writeFileSync(join(outDir, 'docs/websockets.html'), article('ja-JP', 'ミドルウェアの構成', 'KeepAliveInterval を設定します。'));
    writeFileSync(join(outDir, '404.html'), article('ja-JP', 'ページが見つかりません', 'ミドルウェア'));
    const plugin = searchIndexPlugin();
    const routesPaths = ['/ja-JP/', '/ja-JP/docs/websockets', '/ja-JP/404.html', '/ja-JP/docs/client-only'];
    const building = plugin.postBuild?.({outDir, baseUrl: '/ja-JP/', routesPaths} as unknown as Parameters<NonNullable<Plugin['postBuild']>>[0]);
    // What precompressPlugin awaits before compressing what is left: the shards come compressed.
    expect(await buildOutputsWritten(outDir)).toEqual([]);
    const index = builtSearch(outDir);
    await building;
    expect((await index.search('ミドルウェア')).map((hit) => hit.path)).toEqual(['/ja-JP/docs/websockets']);
    expect((await index.search('keepalive')).map((hit) => hit.path)).toEqual(['/ja-JP/docs/websockets']);
    expect(index.manifest.fragments.reduce((a, b) => a + b)).toBe(2);
  });

  it('writes the brotli and gzip copies of its shards beside them, as the compression step would', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'search-build-'));
    writeFileSync(join(outDir, 'index.html'), article('en', 'Home', 'Keep-alive pings hold the connection open. '.repeat(60)));
    await searchIndexPlugin().postBuild?.({outDir, baseUrl: '/', routesPaths: ['/']} as unknown as Parameters<NonNullable<Plugin['postBuild']>>[0]);
    const files = (readdirSync(join(outDir, 'search'), {recursive: true}) as string[]).map((f) => join(outDir, 'search', f)).filter((f) => f.endsWith('.json'));
    const large = files.filter((f) => readFileSync(f).length >= 512);
    expect(large.length).toBeGreaterThan(0);
    for (const file of large) {
      expect(brotliDecompressSync(readFileSync(`${file}.br`))).toEqual(readFileSync(file));
      expect(gunzipSync(readFileSync(`${file}.gz`))).toEqual(readFileSync(file));
    }
    for (const file of files.filter((f) => !large.includes(f))) expect(existsSync(`${file}.br`)).toBe(false);
  });

  it('leaves no other build’s shards behind when it builds into the same folder again', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'search-build-'));
    const plugin = searchIndexPlugin();
    const build = async (text: string) => {
      writeFileSync(join(outDir, 'index.html'), article('en', 'Home', text));
      await plugin.postBuild?.({outDir, baseUrl: '/', routesPaths: ['/']} as unknown as Parameters<NonNullable<Plugin['postBuild']>>[0]);
      return builtSearch(outDir).manifest.version;
    };
    const first = await build('First text.');
    const second = await build('Second text.');
    expect(second).not.toBe(first);
    expect(readdirSync(join(outDir, 'search'))).toEqual(['manifest.json', second].sort());
    expect(existsSync(join(outDir, 'search', first))).toBe(false);
  });
});

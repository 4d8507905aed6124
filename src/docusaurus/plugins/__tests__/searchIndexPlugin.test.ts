import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import {loadSearchIndex, searchSections} from '../../../core/search/searchIndex';
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
    // What precompressPlugin awaits before compressing the directory.
    await buildOutputsWritten(outDir);
    const index = loadSearchIndex(readFileSync(join(outDir, 'search-index.json'), 'utf8'));
    await building;
    expect(searchSections(index, 'ミドルウェア').map((hit) => hit.path)).toEqual(['/ja-JP/docs/websockets']);
    expect(searchSections(index, 'keepalive').map((hit) => hit.path)).toEqual(['/ja-JP/docs/websockets']);
    expect(index.documentCount).toBe(2);
  });
});

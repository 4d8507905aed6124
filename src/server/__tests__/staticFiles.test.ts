import {mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync} from 'node:fs';
import {get as httpGet} from 'node:http';
import {brotliCompressSync, brotliDecompressSync, gunzipSync} from 'node:zlib';
import {createCompressor} from '../../docusaurus/build/compressFiles';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {SiteServer} from '../createSiteServer';
import {contentType, resolveStaticPath} from '../staticFiles';
import {startServer} from './helpers';

const root = mkdtempSync(join(tmpdir(), 'static-root-'));
let site: SiteServer;

beforeAll(async () => {
  mkdirSync(join(root, 'docs'), {recursive: true});
  mkdirSync(join(root, 'ja-JP'), {recursive: true});
  mkdirSync(join(root, 'assets/js'), {recursive: true});
  mkdirSync(join(root, 'ja-JP/search/0123456789ab'), {recursive: true});
  writeFileSync(join(root, 'ja-JP/search/manifest.json'), '{}');
  writeFileSync(join(root, 'ja-JP/search/0123456789ab/c0.json'), '{}');
  writeFileSync(join(root, 'index.html'), '<p>home</p>');
  writeFileSync(join(root, 'docs/websockets.html'), '<p>doc</p>');
  writeFileSync(join(root, '404.html'), '<p>not found</p>');
  writeFileSync(join(root, 'ja-JP/404.html'), '<p>見つかりません</p>');
  writeFileSync(join(root, 'assets/js/main.0123abcd.js'), 'console.log(1)');
  writeFileSync(join(root, 'docs/big.html'), `<p>${'bilingual '.repeat(200)}</p>`);
  createCompressor()(root);
  writeFileSync(join(root, 'docs/stale.html'), 'old');
  writeFileSync(join(root, 'docs/stale.html.br'), brotliCompressSync('old'));
  utimesSync(join(root, 'docs/stale.html.br'), new Date(2000, 1, 1), new Date(2000, 1, 1));
  ({site} = await startServer({root}));
});

afterAll(() => site.close());

describe('static files', () => {
  it('maps clean URLs to files and never leaves the root', () => {
    expect(resolveStaticPath(root, '/docs/websockets')).toBe(join(root, 'docs/websockets.html'));
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    for (const evil of ['/../etc/passwd', '/%2e%2e/etc/passwd', '/docs/%2E%2E/%2E%2E/etc/passwd', '/..%2fetc/passwd', '/a%00b', '/%E0%A4%A', '/..\\etc']) {
      expect(resolveStaticPath(root, evil)).toBeUndefined();
    }
  });

  it('sends the precompressed copy the client accepts, brotli first, and never a stale one', async () => {
    const get = (path: string, encoding: string) =>
      new Promise<{headers: Record<string, unknown>; body: Buffer}>((resolve, reject) => {
        httpGet(`${site.url}${path}`, {headers: {'Accept-Encoding': encoding}}, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({headers: res.headers, body: Buffer.concat(chunks)}));
        }).on('error', reject);
      });
    const original = readFileSync(join(root, 'docs/big.html'));
    const br = await get('/docs/big', 'gzip, deflate, br');
    expect([br.headers['content-encoding'], br.headers.vary]).toEqual(['br', 'Accept-Encoding']);
    expect(brotliDecompressSync(br.body)).toEqual(original);
    expect(br.body.length).toBeLessThan(original.length / 5);
    const gz = await get('/docs/big', 'gzip');
    expect([gz.headers['content-encoding'], gunzipSync(gz.body)]).toEqual(['gzip', original]);
    const plain = await get('/docs/big', 'identity');
    expect([plain.headers['content-encoding'], plain.body]).toEqual([undefined, original]);
    const noBr = await get('/docs/big', 'br;q=0, gzip');
    expect(noBr.headers['content-encoding']).toBe('gzip');
    const stale = await get('/docs/stale', 'br');
    expect([stale.headers['content-encoding'], stale.body.toString()]).toEqual([undefined, 'old']);
  });

  it('serves types, caching and the locale 404 page over HTTP', async () => {
    const doc = await fetch(`${site.url}/docs/websockets`);
    expect([doc.status, doc.headers.get('content-type'), doc.headers.get('cache-control')]).toEqual([200, 'text/html; charset=utf-8', 'no-cache']);
    const asset = await fetch(`${site.url}/assets/js/main.0123abcd.js`);
    expect([asset.headers.get('content-type'), asset.headers.get('cache-control')]).toEqual([
      'text/javascript; charset=utf-8',
      'public, max-age=31536000, immutable',
    ]);
    // Search shards live under their version's folder: the manifest is revalidated, the shards never.
    const manifest = await fetch(`${site.url}/ja-JP/search/manifest.json`);
    expect([manifest.headers.get('content-type'), manifest.headers.get('cache-control')]).toEqual(['application/json; charset=utf-8', 'no-cache']);
    expect((await fetch(`${site.url}/ja-JP/search/0123456789ab/c0.json`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await fetch(`${site.url}/ja-JP/nope`);
    expect([missing.status, await missing.text()]).toEqual([404, '<p>見つかりません</p>']);
    expect((await fetch(`${site.url}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
    expect((await fetch(`${site.url}/`, {method: 'POST'})).status).toBe(405);
    expect(contentType('x.woff2')).toBe('font/woff2');
  });
});

import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {ensureSiteBuilt} from './siteHarness';

const SITE = join(__dirname, '..');

function htmlPages(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlPages(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/**
 * What a reader and a search engine get from a page: its head metadata and its visible text. Script
 * and style bodies are dropped (their bundle names carry content hashes that differ per bundler).
 */
function pageText(html: string): {head: string[]; text: string} {
  const head = [...html.matchAll(/<(title|meta|link)\b([^>]*)>(?:([^<]*)<\/title>)?/g)]
    .filter((m) => !/\/assets\/(js|css)\//.test(m[2]))
    .map((m) => `${m[1]} ${attributes(m[2])} ${decode(m[3] ?? '')}`)
    .sort();
  const text = html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return {head, text: decode(text)};
}

/** The two HTML minifiers quote attributes and escape characters differently; compare the values. */
function attributes(source: string): string {
  return [...source.matchAll(/([\w:-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)]
    .map((m) => `${m[1].toLowerCase()}=${decode(m[2] ?? m[3] ?? m[4] ?? '')}`)
    .sort()
    .join(' ');
}

function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|amp|lt|gt|quot|apos|#39);/gi, (_, entity: string) => {
    const named: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"};
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return named[entity.toLowerCase()];
  });
}

describe('Docusaurus Faster (Rspack, SWC, Lightning CSS) changes nothing a reader sees', () => {
  const webpackOut = mkdtempSync(join(tmpdir(), 'site-webpack-'));
  afterAll(() => rmSync(webpackOut, {recursive: true, force: true}));

  it('builds every page of every locale with the same head and text as webpack and Babel', () => {
    ensureSiteBuilt();
    const build = spawnSync('npx', ['docusaurus', 'build', '--out-dir', webpackOut], {
      cwd: SITE,
      env: {...process.env, DOCUSAURUS_FASTER: 'false'},
      encoding: 'utf8',
      timeout: 10 * 60_000,
    });
    expect(build.status, build.stderr).toBe(0);

    const fasterPages = htmlPages(join(SITE, 'build')).map((p) => relative(join(SITE, 'build'), p)).sort();
    const webpackPages = htmlPages(webpackOut).map((p) => relative(webpackOut, p)).sort();
    expect(webpackPages).toEqual(fasterPages);
    expect(fasterPages.length).toBeGreaterThan(20);

    const differing = fasterPages.filter((page) => {
      const faster = pageText(readFileSync(join(SITE, 'build', page), 'utf8'));
      const webpack = pageText(readFileSync(join(webpackOut, page), 'utf8'));
      return JSON.stringify(faster) !== JSON.stringify(webpack);
    });
    expect(differing).toEqual([]);
  }, 12 * 60_000);
});

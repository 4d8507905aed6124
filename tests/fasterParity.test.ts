import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {parse} from 'parse5';
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

type Node = {nodeName: string; value?: string; attrs?: Array<{name: string; value: string}>; childNodes?: Node[]; content?: Node; parentNode?: Node | null};

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.childNodes ?? []) walk(child, visit);
  if (node.content) walk(node.content, visit);
}

/**
 * The one difference between the two builds, explained: html-minifier-terser (webpack) writes the
 * viewport meta as "width=device-width,initial-scale=1", @swc/html (Faster) keeps Docusaurus'
 * "width=device-width, initial-scale=1.0". Same declarations, same meaning.
 */
const viewport = (content: string) =>
  content
    .split(',')
    .map((part) => part.trim().replace(/=(\d+)\.0$/, '=$1'))
    .join(',');

/**
 * What a reader and a search engine get from a page: its head metadata and its visible text, read
 * with an HTML parser (the two minifiers quote and escape differently). Script and style bodies and
 * bundle URLs are left out: bundle names carry content hashes that differ per bundler.
 */
function pageText(html: string): {head: string[]; text: string} {
  const head: string[] = [];
  let text = '';
  walk(parse(html) as unknown as Node, (node) => {
    if (['meta', 'link', 'title'].includes(node.nodeName)) {
      const isViewport = node.nodeName === 'meta' && (node.attrs ?? []).some((a) => a.name === 'name' && a.value === 'viewport');
      const attrs = (node.attrs ?? []).map(({name, value}) => `${name}=${isViewport && name === 'content' ? viewport(value) : value}`).sort();
      if (!attrs.some((a) => /\/assets\/(js|css)\//.test(a)))
        head.push(`${node.nodeName} ${attrs.join(' ')} ${node.nodeName === 'title' ? (node.childNodes ?? []).map((c) => c.value).join('') : ''}`);
    }
    if (node.nodeName === '#text' && !['script', 'style'].includes(node.parentNode?.nodeName ?? '')) text += ` ${node.value}`;
  });
  return {head: head.sort(), text: text.replace(/\s+/g, ' ').trim()};
}

describe('Docusaurus Faster (Rspack, SWC, Lightning CSS) changes nothing a reader sees', () => {
  const webpackOut = mkdtempSync(join(tmpdir(), 'site-webpack-'));
  afterAll(() => rmSync(webpackOut, {recursive: true, force: true}));

  it(
    'builds every page of every locale with the same head and text as webpack and Babel',
    () => {
      ensureSiteBuilt();
      const build = spawnSync('npx', ['docusaurus', 'build', '--out-dir', webpackOut], {
        cwd: SITE,
        env: {...process.env, DOCUSAURUS_FASTER: 'false'},
        encoding: 'utf8',
        timeout: 10 * 60_000,
      });
      expect(build.status, build.stderr).toBe(0);

      const fasterPages = htmlPages(join(SITE, 'build'))
        .map((p) => relative(join(SITE, 'build'), p))
        .sort();
      const webpackPages = htmlPages(webpackOut)
        .map((p) => relative(webpackOut, p))
        .sort();
      expect(webpackPages).toEqual(fasterPages);
      expect(fasterPages.length).toBeGreaterThan(20);

      const differing = fasterPages.filter((page) => {
        const faster = pageText(readFileSync(join(SITE, 'build', page), 'utf8'));
        const webpack = pageText(readFileSync(join(webpackOut, page), 'utf8'));
        return JSON.stringify(faster) !== JSON.stringify(webpack);
      });
      expect(differing).toEqual([]);
    },
    12 * 60_000,
  );
});

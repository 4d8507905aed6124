import {mkdir, readFile, rm} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {pageSections} from '../../core/search/pageSections';
import {buildSearchShards, shardFiles} from '../../core/search/searchShards';
import {addBuildOutput} from '../build/buildOutputs';
import {writeWithCopies} from '../build/compressFiles';
import {writeInWorker} from '../build/compressWorkerClient';

/** A route's HTML file in a build with `trailingSlash: false`: `/zh-TW/docs/a` → `docs/a.html`, `/zh-TW/` → `index.html`. */
export function routeFile(route: string, baseUrl: string): string | undefined {
  if (!route.startsWith(baseUrl)) return undefined;
  const rest = route.slice(baseUrl.length);
  if (rest === '') return 'index.html';
  return rest.endsWith('.html') ? rest : `${rest}.html`;
}

/** The folder of the shards in a locale's build (see SEARCH_MANIFEST). */
const SEARCH_DIR = 'search';

/** Routes that are not content: the 404 page. */
const NOT_CONTENT = new Set(['404.html']);

async function writeSearchIndex(outDir: string, baseUrl: string, routesPaths: readonly string[]): Promise<void> {
  const start = performance.now();
  const routes = routesPaths.flatMap((route) => {
    const file = routeFile(route, baseUrl);
    return file && !NOT_CONTENT.has(file) ? [{route, file}] : [];
  });
  const pages = await Promise.all(
    routes.map(async ({route, file}) => {
      const html = await readFile(join(outDir, file), 'utf8').catch(() => undefined);
      // Routes without a page of their own (redirects, client-only routes) have nothing to index.
      return html === undefined ? [] : pageSections(html, route);
    }),
  );
  const sections = pages.flat();
  const shards = buildSearchShards(sections);
  const files = shardFiles(shards);
  // A rebuild into the same folder leaves no other version's files behind.
  await rm(join(outDir, SEARCH_DIR), {recursive: true, force: true});
  for (const dir of new Set(files.map((f) => dirname(join(outDir, f.file))))) await mkdir(dir, {recursive: true});
  // With their compressed copies, from memory: thousands of small files, which the compression
  // worker would read back once written. Half of them here, half on that worker once it has
  // compressed the pages, so that both threads end about together.
  const written = files.map((f) => ({path: join(outDir, f.file), text: f.json}));
  const half = Math.ceil(written.length / 2);
  const onWorker = writeInWorker(written.slice(half));
  writeWithCopies(written.slice(0, half));
  await onWorker;
  const indexed = pages.filter((page) => page.length > 0).length;
  const bytes = files.reduce((sum, f) => sum + f.json.length, 0);
  // The bench reads this line: indexing's share of the build.
  console.log(
    `[search-index] ${baseUrl}: ${indexed} pages, ${sections.length} sections, ${shards.chunks.length} chunks, ${shards.fragments.length} fragments, ${(bytes / 1024).toFixed(0)} KiB in ${(performance.now() - start).toFixed(0)} ms`,
  );
}

/**
 * Writes each locale's search index from its built pages (the sentences in both languages, as the
 * reader sees them), cut into shards a query fetches as it needs them, with their compressed copies.
 * Listed before precompressPlugin, which leaves the shards to it.
 */
export default function searchIndexPlugin(): Plugin {
  return {
    name: 'search-index',
    postBuild({outDir, baseUrl, routesPaths}) {
      const written = writeSearchIndex(outDir, baseUrl, routesPaths);
      addBuildOutput(outDir, [join(outDir, SEARCH_DIR)], written, {compressed: true});
      return written;
    },
  };
}

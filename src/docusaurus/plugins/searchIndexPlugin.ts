import {readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {pageSections} from '../../core/search/pageSections';
import {createSearchIndex, SEARCH_INDEX_FILE} from '../../core/search/searchIndex';
import {addBuildOutput} from '../build/buildOutputs';

/** A route's HTML file in a build with `trailingSlash: false`: `/zh-TW/docs/a` → `docs/a.html`, `/zh-TW/` → `index.html`. */
export function routeFile(route: string, baseUrl: string): string | undefined {
  if (!route.startsWith(baseUrl)) return undefined;
  const rest = route.slice(baseUrl.length);
  if (rest === '') return 'index.html';
  return rest.endsWith('.html') ? rest : `${rest}.html`;
}

/** Routes that are not content: the 404 page. */
const NOT_CONTENT = new Set(['404.html']);

async function writeSearchIndex(outDir: string, baseUrl: string, routesPaths: readonly string[]): Promise<void> {
  const start = performance.now();
  const files = routesPaths.flatMap((route) => {
    const file = routeFile(route, baseUrl);
    return file && !NOT_CONTENT.has(file) ? [{route, file}] : [];
  });
  const pages = await Promise.all(
    files.map(async ({route, file}) => {
      const html = await readFile(join(outDir, file), 'utf8').catch(() => undefined);
      // Routes without a page of their own (redirects, client-only routes) have nothing to index.
      return html === undefined ? [] : pageSections(html, route);
    }),
  );
  const sections = pages.flat();
  const json = JSON.stringify(createSearchIndex(sections));
  await writeFile(join(outDir, SEARCH_INDEX_FILE), json);
  const indexed = pages.filter((page) => page.length > 0).length;
  // The bench reads this line: indexing's share of the build.
  console.log(
    `[search-index] ${baseUrl}: ${indexed} pages, ${sections.length} sections, ${(json.length / 1024).toFixed(0)} KiB in ${(performance.now() - start).toFixed(0)} ms`,
  );
}

/**
 * Writes each locale's search index from its built pages: the sentences in both languages, as the
 * reader sees them. Listed before precompressPlugin, which waits for the file.
 */
export default function searchIndexPlugin(): Plugin {
  return {
    name: 'search-index',
    postBuild({outDir, baseUrl, routesPaths}) {
      const written = writeSearchIndex(outDir, baseUrl, routesPaths);
      addBuildOutput(outDir, written);
      return written;
    },
  };
}

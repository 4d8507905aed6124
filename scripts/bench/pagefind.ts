import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createSiteServer} from '../../src/server/createSiteServer';
import {localeBase, rankQueries, SEARCH_QUERIES} from '../../tests/searchRelevance';
import {launchChromium} from '../browser/chromium';
import {SITE} from './docusaurus';

/** Pagefind, fetched from the npm registry for this comparison only (the site does not depend on it). */
const PAGEFIND = 'pagefind@1.6.0';

/** In-page: Pagefind's top sections for a query (its pages in rank order, each page's sections by their matches). */
const pagefindTop = (query: string) => `(async (query) => {
  const pagefind = await import('/pagefind/pagefind.js');
  await pagefind.init();
  const search = await pagefind.search(query);
  const pages = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
  const weight = (sub) => (sub.weighted_locations ?? []).reduce((sum, l) => sum + (l.balanced_score ?? l.weight ?? 1), 0) || sub.locations.length;
  return pages.flatMap((page) => [...page.sub_results].sort((a, b) => weight(b) - weight(a)).map((sub) => sub.url)).slice(0, 3);
})(${JSON.stringify(query)})`;

/**
 * `npm run bench -- --only pagefind`: Pagefind on our built pages (their <article>, as our index
 * reads them) against our search, on the same query set, top 3 sections.
 */
export async function benchPagefind(): Promise<boolean> {
  const built = join(SITE, 'build');
  const site = mkdtempSync(join(tmpdir(), 'bench-pagefind-'));
  try {
    cpSync(built, site, {recursive: true});
    const indexed = spawnSync('npm', ['exec', '--yes', '--', PAGEFIND, '--site', site, '--root-selector', 'article'], {encoding: 'utf8'});
    if (indexed.status !== 0) throw new Error(`pagefind failed:\n${indexed.stderr}`);
    console.log(`Pagefind (${PAGEFIND}) against ours, on the ${SEARCH_QUERIES.length} queries (expected section in the top 3):`);
    console.log(
      `  ${indexed.stdout
        .split('\n')
        .filter((l) => /Indexed|language/i.test(l))
        .slice(0, 8)
        .join('\n  ')}`,
    );
    const ours = await rankQueries(built);
    const server = await createSiteServer({host: '127.0.0.1', port: 0, root: site, log: () => undefined});
    const browser = await launchChromium();
    const theirs: Array<{kind: string; found: boolean; query: string; locale: string; top: string[]}> = [];
    try {
      const page = await browser.context.newPage();
      for (const query of SEARCH_QUERIES) {
        await page.goto(`${server.url}${localeBase(query.locale)}/docs/websockets`);
        // Pagefind names the built file (`/docs/a.html`); the site's route is `/docs/a`.
        const top = ((await page.evaluate(pagefindTop(query.query))) as string[])
          .map((url) => url.replace(/\.html(?=#|$)/, ''))
          .map((url) => (url.includes('#') ? url : `${url}#`));
        theirs.push({...query, top, found: top.includes(`${localeBase(query.locale)}${query.expect}`)});
      }
    } finally {
      await browser.close();
      await server.close();
    }
    for (const kind of new Set(SEARCH_QUERIES.map((q) => q.kind))) {
      const count = (list: Array<{kind: string; found: boolean}>) => list.filter((r) => r.kind === kind && r.found).length;
      console.log(`  ${kind}: Pagefind ${count(theirs)}, ours ${count(ours)} of ${SEARCH_QUERIES.filter((q) => q.kind === kind).length}`);
    }
    for (const miss of theirs.filter((r) => !r.found)) console.log(`  Pagefind misses ${miss.locale} "${miss.query}" → ${miss.top.join(', ') || 'nothing'}`);
    const [a, b] = [theirs.filter((r) => r.found).length, ours.filter((r) => r.found).length];
    console.log(`  total: Pagefind ${a}/${theirs.length}, ours ${b}/${ours.length}`);
    return b >= a;
  } finally {
    rmSync(site, {recursive: true, force: true});
  }
}

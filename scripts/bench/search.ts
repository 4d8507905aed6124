import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {LOCALES} from '../../src/core/i18n/locales';
import {pageSections} from '../../src/core/search/pageSections';
import {buildSearchShards, shardFiles} from '../../src/core/search/searchShards';
import {createSiteServer} from '../../src/server/createSiteServer';
import {localeBase, rankQueries, SEARCH_QUERIES} from '../../tests/searchRelevance';
import {launchChromium} from '../browser/chromium';
import {timedBuild} from './build';
import {SITE} from './docusaurus';
import {median} from './measure';

const gz = (data: string | Buffer) => gzipSync(data, {level: 9}).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Indexing's own time in a build, summed over the locales, from the plugin's log lines. */
function indexingMs(output: string): number {
  return [...output.matchAll(/\[search-index\] .* in (\d+) ms/g)].reduce((sum, m) => sum + Number(m[1]), 0);
}

function benchBuildShare(outDir: string, rounds: number): boolean {
  const builds = Array.from({length: rounds}, () => timedBuild(SITE, outDir));
  const shares = builds.map((b) => indexingMs(b.output) / (b.ms - indexingMs(b.output)));
  console.log('Build (cold, 4 locales), indexing as the plugin timed it:');
  builds.forEach((b, i) =>
    console.log(`  round ${i + 1}: build ${(b.ms / 1000).toFixed(1)} s, indexing ${indexingMs(b.output)} ms: +${((shares[i] ?? 0) * 100).toFixed(2)} %`),
  );
  const share = median(shares);
  console.log(`  median: indexing adds ${(share * 100).toFixed(2)} % to the build (target ≤ 10 %)`);
  return share <= 0.1;
}

async function benchRelevance(outDir: string): Promise<boolean> {
  const ranked = await rankQueries(outDir);
  const found = ranked.filter((r) => r.found).length;
  console.log(
    `Relevance: ${found}/${ranked.length} queries have the expected section in the top 3 (${((found / ranked.length) * 100).toFixed(1)} %, target ≥ 95 %)`,
  );
  for (const kind of new Set(SEARCH_QUERIES.map((q) => q.kind))) {
    const of = ranked.filter((r) => r.kind === kind);
    console.log(`  ${kind}: ${of.filter((r) => r.found).length}/${of.length}`);
  }
  for (const miss of ranked.filter((r) => !r.found))
    console.log(`  miss: ${miss.locale} "${miss.query}" → ${miss.top.join(', ') || 'nothing'} (expected ${miss.expect})`);
  return found / ranked.length >= 0.95;
}

/** Each locale's shards: the manifest (fetched on opening search), the chunks and fragments (as queries need them). */
export function reportIndexSizes(outDir: string, locales: readonly string[] = LOCALES): void {
  console.log('Index per locale (gzip -9):');
  for (const locale of locales) {
    const dir = join(outDir, localeBase(locale), 'search');
    const manifest = readFileSync(join(dir, 'manifest.json'));
    const {version} = JSON.parse(manifest.toString()) as {version: string};
    const files = readdirSync(join(dir, version));
    const sizes = (prefix: string) => files.filter((f) => f.startsWith(prefix) && f.endsWith('.json')).map((f) => gz(readFileSync(join(dir, version, f))));
    const [chunks, fragments] = [sizes('c'), sizes('f')];
    const total = [...chunks, ...fragments].reduce((a, b) => a + b, gz(manifest));
    console.log(
      `  ${locale}: manifest ${kb(gz(manifest))}; ${chunks.length} chunks (median ${kb(median(chunks))}, max ${kb(Math.max(...chunks))}); ${fragments.length} fragments (median ${kb(median(fragments))}, max ${kb(Math.max(...fragments))}); all ${kb(total)}`,
    );
  }
}

/**
 * In-page (a string: this code runs in the browser, and scripts have no DOM types): types a query into
 * the open dialog and times it until its results are on screen (the status says it answered).
 */
const queryScript = (query: string) => `(async (query) => {
  const input = document.querySelector('dialog input[role=combobox]');
  const status = document.querySelector('dialog [role=status]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const type = (value) => {
    setValue.call(input, value);
    input.dispatchEvent(new Event('input', {bubbles: true}));
  };
  type('');
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const before = status.textContent;
  const start = performance.now();
  type(query);
  await new Promise((resolve) => {
    const done = () => status.dataset.state === 'done' && status.textContent !== before;
    if (done()) return resolve();
    new MutationObserver((_, observer) => { if (done()) { observer.disconnect(); resolve(); } })
      .observe(status, {childList: true, characterData: true, subtree: true, attributes: true});
  });
  return performance.now() - start;
})(${JSON.stringify(query)})`;

export interface BrowserSearchResult {
  ok: boolean;
  /** Per locale: gzip bytes from opening the dialog to the first results, and the most any further query fetched. */
  locales: Array<{locale: string; firstBytes: number; furtherMaxBytes: number; firstMs: number}>;
}

/**
 * What a reader's browser fetches for search and how long it waits, per locale: nothing of search
 * at start-up; on opening the dialog and typing the first query, the manifest, the query's chunks and
 * the hits' fragments; then each further query's new files. The first query runs on a 4×
 * CPU-throttled Chromium with a cold cache (the reader's first results); the rest alternate throttled
 * and unthrottled (the in-run baseline).
 */
export async function benchBrowserSearch(
  outDir: string,
  queries: ReadonlyArray<{locale: string; query: string}>,
  pagePath: string,
): Promise<BrowserSearchResult> {
  const site = await createSiteServer({host: '127.0.0.1', port: 0, root: outDir, log: () => undefined});
  const browser = await launchChromium();
  const result: BrowserSearchResult = {ok: true, locales: []};
  try {
    for (const locale of [...new Set(queries.map((q) => q.locale))]) {
      const page = await browser.context.newPage();
      const fetched: Array<{url: string; body: Promise<Buffer>; phase: number}> = [];
      // -1: start-up; 0: opening search and the first query; n: the nth further query.
      let phase = -1;
      page.on('response', (response) => fetched.push({url: response.url(), body: response.body().catch(() => Buffer.alloc(0)), phase}));
      await page.goto(`${site.url}${localeBase(locale)}${pagePath}`);
      await page.waitForSelector('html[data-has-hydrated=true]');
      await page.waitForLoadState('networkidle');
      const cdp = await page.context().newCDPSession(page);
      const own = queries.filter((q) => q.locale === locale).map((q) => q.query);
      const times: Record<'throttled' | 'unthrottled', number[]> = {throttled: [], unthrottled: []};
      await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
      phase = 0;
      const opened = performance.now();
      await page.keyboard.press('Control+k');
      await page.waitForSelector('dialog[open] [role=status][data-state=done]');
      // Opening: the dialog's code and the manifest; then the first query: its chunks and the hits' fragments.
      const openMs = performance.now() - opened;
      const firstMs = (await page.evaluate(queryScript(own[0] ?? ''))) as number;
      for (const [n, query] of own.slice(1).entries()) {
        phase = n + 1;
        const mode = n % 2 === 0 ? 'unthrottled' : 'throttled';
        await cdp.send('Emulation.setCPUThrottlingRate', {rate: mode === 'throttled' ? 4 : 1});
        times[mode].push((await page.evaluate(queryScript(query))) as number);
      }
      await page.waitForLoadState('networkidle');
      const bytesOf = async (p: number) =>
        (await Promise.all(fetched.filter((f) => f.phase === p).map((f) => f.body))).reduce((sum, body) => sum + gz(body), 0);
      const startUp = fetched.filter((f) => f.phase === -1 && f.url.includes('/search/'));
      const firstBytes = await bytesOf(0);
      const further = await Promise.all(own.slice(1).map((_, n) => bytesOf(n + 1)));
      const furtherMaxBytes = Math.max(0, ...further);
      const p = (values: number[]) => (values.length ? `median ${median(values).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms` : 'none');
      console.log(
        `  ${locale}: open + first query ${kb(firstBytes)} gz (target ≤ 100 KB); at 4× throttling the dialog opened in ${openMs.toFixed(0)} ms, the first query's results ${firstMs.toFixed(0)} ms after typing (target ≤ 300 ms); search files at start-up: ${startUp.length}`,
      );
      console.log(
        `    ${further.length} further queries: median ${kb(median(further))}, max ${kb(furtherMaxBytes)} gz each (target ≤ 25 KB); 4× throttled ${p(times.throttled)}; unthrottled ${p(times.unthrottled)}`,
      );
      result.locales.push({locale, firstBytes, furtherMaxBytes, firstMs});
      result.ok &&= firstBytes <= 100 * 1024 && furtherMaxBytes <= 25 * 1024 && firstMs <= 300 && startUp.length === 0;
      await page.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return result;
}

/**
 * Indexing as the site grows: real built pages (the four zh-TW doc pages) copied to n pages, each
 * copy with its own identifiers so the vocabulary grows with the pages; n and 2n alternate.
 */
function benchScale(outDir: string, pages = 1000, rounds = 3): boolean {
  const templates = ['docs/websockets', 'docs/deployment', 'docs/api/closeoutputasync', 'docs/3427-websocketcloseoutputsent'].map((p) =>
    readFileSync(join(outDir, 'zh-TW', `${p}.html`), 'utf8'),
  );
  const index = (n: number) => {
    const start = performance.now();
    const sections = Array.from({length: n}, (_, i) =>
      pageSections((templates[i % templates.length] ?? '').replaceAll('WebSocket', `WebSocket${i}`), `/zh-TW/docs/p${i}`),
    ).flat();
    const files = shardFiles(buildSearchShards(sections));
    return {ms: performance.now() - start, bytes: files.reduce((sum, f) => sum + gz(f.json), 0)};
  };
  const small: Array<{ms: number; bytes: number}> = [];
  const large: Array<{ms: number; bytes: number}> = [];
  for (let round = 0; round < rounds; round++) {
    small.push(index(pages));
    large.push(index(pages * 2));
  }
  const [ms1, ms2] = [median(small.map((r) => r.ms)), median(large.map((r) => r.ms))];
  const [b1, b2] = [small[0]?.bytes ?? NaN, large[0]?.bytes ?? NaN];
  console.log(`Scale (built pages copied, ${rounds} alternating rounds, medians):`);
  console.log(`  ${pages} pages: ${(ms1 / 1000).toFixed(2)} s, ${kb(b1)} gz; ${pages * 2} pages: ${(ms2 / 1000).toFixed(2)} s, ${kb(b2)} gz`);
  console.log(`  2× pages: ${(ms2 / ms1).toFixed(2)}× time, ${(b2 / b1).toFixed(2)}× size (linear: ≤ 2.2×)`);
  return ms2 / ms1 <= 2.2 && b2 / b1 <= 2.2;
}

/** `npm run bench -- --only search`: relevance, weight, latency, build share and growth of the search. */
export async function benchSearch(): Promise<boolean> {
  const out = mkdtempSync(join(tmpdir(), 'bench-search-'));
  try {
    const build = benchBuildShare(out, 2);
    const relevance = await benchRelevance(out);
    reportIndexSizes(out);
    console.log('In Chromium (the WebSockets page of each locale, the query set in order):');
    const browser = (await benchBrowserSearch(out, SEARCH_QUERIES, '/docs/websockets')).ok;
    const scale = benchScale(out);
    return build && relevance && browser && scale;
  } finally {
    rmSync(out, {recursive: true, force: true});
  }
}

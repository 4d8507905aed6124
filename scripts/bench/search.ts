import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Page} from 'playwright-core';
import {LOCALES} from '../../src/core/i18n/locales';
import {pageSections} from '../../src/core/search/pageSections';
import {createSearchIndex, SEARCH_INDEX_FILE} from '../../src/core/search/searchIndex';
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

function benchRelevance(outDir: string): boolean {
  const ranked = rankQueries(outDir);
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

function reportIndexSizes(outDir: string): void {
  console.log('Index per locale (raw, gzip -9, per indexed page):');
  for (const locale of LOCALES) {
    const json = readFileSync(join(outDir, localeBase(locale), SEARCH_INDEX_FILE), 'utf8');
    const pages = new Set(Object.values((JSON.parse(json) as {storedFields: Record<string, {path: string}>}).storedFields).map((s) => s.path)).size;
    console.log(`  ${locale}: ${kb(json.length)}, ${kb(gz(json))} gz, ${pages} pages: ${kb(gz(json) / pages)} gz per page`);
  }
}

/**
 * In-page (a string: this code runs in the browser, and scripts have no DOM types): types each query
 * into the open dialog and times it until the status line changed (React renders results and status together).
 */
const latencyScript = (queries: string[]) => `(async (all) => {
  const input = document.querySelector('dialog input[role=combobox]');
  const status = document.querySelector('dialog [role=status]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const type = (value) => {
    setValue.call(input, value);
    input.dispatchEvent(new Event('input', {bubbles: true}));
  };
  const times = [];
  for (const query of all) {
    type('');
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const changed = new Promise((resolve) =>
      new MutationObserver((_, observer) => { observer.disconnect(); resolve(); }).observe(status, {childList: true, characterData: true, subtree: true}));
    const start = performance.now();
    type(query);
    await changed;
    times.push(performance.now() - start);
  }
  return times;
})(${JSON.stringify(queries)})`;

async function queryLatencies(page: Page, queries: string[]): Promise<number[]> {
  return (await page.evaluate(latencyScript(queries))) as number[];
}

/**
 * Bytes a reader's browser fetches for search (nothing at start-up; on opening and the first query:
 * the dialog's code and the locale's index) and the time from a keystroke to the results, on a
 * 4× CPU-throttled Chromium and unthrottled (the in-run baseline).
 */
async function benchBrowser(outDir: string): Promise<boolean> {
  const site = await createSiteServer({host: '127.0.0.1', port: 0, root: outDir, log: () => undefined});
  const browser = await launchChromium();
  let ok = true;
  try {
    console.log('In Chromium (zh-TW, ja-JP, pt-BR and English WebSockets pages):');
    for (const locale of ['zh-TW', 'ja-JP', 'pt-BR', 'en']) {
      const page = await browser.context.newPage();
      const fetched: Array<{url: string; body: Promise<Buffer>; phase: 'start' | 'search'}> = [];
      let phase: 'start' | 'search' = 'start';
      page.on('response', (response) => fetched.push({url: response.url(), body: response.body().catch(() => Buffer.alloc(0)), phase}));
      await page.goto(`${site.url}${localeBase(locale)}/docs/websockets`);
      await page.waitForSelector('html[data-has-hydrated=true]');
      await page.waitForLoadState('networkidle');
      phase = 'search';
      const cdp = await page.context().newCDPSession(page);
      const queries = SEARCH_QUERIES.filter((q) => q.locale === locale).map((q) => q.query);
      const runs: Record<'throttled' | 'unthrottled', number[]> = {throttled: [], unthrottled: []};
      // Alternating: throttled first (its first query is the reader's first), then unthrottled, twice.
      for (const mode of ['throttled', 'unthrottled', 'throttled', 'unthrottled'] as const) {
        await cdp.send('Emulation.setCPUThrottlingRate', {rate: mode === 'throttled' ? 4 : 1});
        await page.keyboard.press('Control+k');
        // The hint shows once the index is loaded.
        await page.waitForFunction("document.querySelector('dialog [role=status]')?.textContent?.includes('↑')");
        runs[mode].push(...(await queryLatencies(page, queries)));
        await page.keyboard.press('Escape');
      }
      await page.waitForLoadState('networkidle');
      const startUp = fetched.filter((f) => f.phase === 'start');
      const search = fetched.filter((f) => f.phase === 'search');
      const searchBytes = (await Promise.all(search.map((f) => f.body))).reduce((sum, body) => sum + gz(body), 0);
      const indexFetched = startUp.some((f) => f.url.includes(SEARCH_INDEX_FILE));
      const first = runs.throttled[0] ?? NaN;
      const p = (values: number[]) => `median ${median(values).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms`;
      console.log(
        `  ${locale}: first query ${kb(searchBytes)} gz fetched (${search.map((f) => new URL(f.url).pathname.split('/').pop()).join(', ')}; target ≤ 150 KB); index at start-up: ${indexFetched ? 'yes' : 'no'}`,
      );
      console.log(
        `    4× throttled: first ${first.toFixed(1)} ms, ${p(runs.throttled)}; unthrottled: ${p(runs.unthrottled)} (${runs.throttled.length} queries each; target ≤ 100 ms)`,
      );
      ok &&= searchBytes <= 150 * 1024 && !indexFetched && Math.max(...runs.throttled) <= 100;
      await page.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return ok;
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
    const json = JSON.stringify(createSearchIndex(sections));
    return {ms: performance.now() - start, bytes: gz(json)};
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
    const relevance = benchRelevance(out);
    reportIndexSizes(out);
    const browser = await benchBrowser(out);
    const scale = benchScale(out);
    return build && relevance && browser && scale;
  } finally {
    rmSync(out, {recursive: true, force: true});
  }
}

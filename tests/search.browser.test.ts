import {resolve} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launchChromium} from '../scripts/browser/chromium';
import {axeViolations} from './axe';
import {startEchoInstance, startNginx, type EchoInstance, type Nginx} from './nginxHarness';
import {ensureSiteBuilt, gotoHydrated, openSitePage} from './siteHarness';

const env = openSitePage();

const searchRequests: string[] = [];
const openSearch = async (keys: string) => {
  await env.page.keyboard.press(keys);
  await env.page.waitForSelector('dialog[open] input[role=combobox]');
  expect(await env.page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
};
const typeQuery = async (query: string) => {
  await env.page.keyboard.type(query);
  // Results of the whole query: options of a prefix typed earlier can show while it is still searching.
  await env.page.waitForSelector('dialog[open] [role=status][data-state=done]');
  await env.page.waitForSelector('dialog[open] [role=option]');
};

/** Per locale: a query in the page's language, where it lands, and the words the status says. */
const CASES = [
  {locale: 'en', query: 'send and receive messages', lands: '/docs/websockets#send-and-receive-messages', results: /\d+ results|One result/},
  {locale: 'zh-TW', query: '中介軟體', lands: '/zh-TW/docs/websockets#configure-the-middleware', results: /\d+ 個結果/},
  {locale: 'pt-BR', query: 'receber mensagens', lands: '/pt-BR/docs/websockets#send-and-receive-messages', results: /\d+ resultados|Um resultado/},
  {locale: 'ja-JP', query: 'ミドルウェア', lands: '/ja-JP/docs/websockets#configure-the-middleware', results: /\d+ 件の結果/},
];

describe('search, in every locale', () => {
  beforeAll(() => {
    env.page.on('request', (request) => {
      if (new URL(request.url()).pathname.includes('/search/')) searchRequests.push(new URL(request.url()).pathname);
    });
  });

  for (const {locale, query, lands, results} of CASES) {
    it(`${locale}: Ctrl+K, a query in the page's language, ↓ and Enter land on the section's sentence`, async () => {
      const base = locale === 'en' ? '' : `/${locale}`;
      searchRequests.length = 0;
      await gotoHydrated(env.page, `${env.url}${base}/docs/deployment`);
      // The index loads when search opens, not with the page.
      expect(searchRequests).toEqual([]);
      await openSearch('Control+k');
      await typeQuery(query);
      // The manifest, then only the chunks of the query's terms and the fragments of the hits shown.
      expect(searchRequests[0]).toBe(`${base}/search/manifest.json`);
      const manifest = (await (await fetch(`${env.url}${base}/search/manifest.json`)).json()) as {version: string; chunks: string[]};
      const files = searchRequests.slice(1);
      expect(files.length).toBeGreaterThan(0);
      expect(files.every((file) => file.startsWith(`${base}/search/${manifest.version}/`))).toBe(true);
      // Each file once, chunks (c) and fragments (f) only.
      expect(new Set(files).size).toBe(files.length);
      expect(files.filter((file) => !/\/[cf]\d+\.json$/.test(file))).toEqual([]);
      expect(await env.page.locator('dialog [role=status]').textContent()).toMatch(results);
      await env.page.keyboard.press('ArrowDown');
      const chosen = await env.page.$eval('input[role=combobox]', (input) => input.getAttribute('aria-activedescendant'));
      expect(await env.page.$eval(`[id="${chosen}"]`, (option) => option.getAttribute('aria-selected'))).toBe('true');
      await env.page.keyboard.press('Enter');
      await env.page.waitForFunction((want) => location.pathname + location.hash === want, lands);
      expect(await env.page.locator('dialog[open]').count()).toBe(0);
      // Focus is on the sentence that matched, inside the section the result named.
      await env.page.waitForFunction(() => document.activeElement?.classList.contains('bi-seg') || document.activeElement?.tagName === 'P');
      const inSection = await env.page.evaluate((anchor) => {
        const heading = document.getElementById(anchor);
        const focused = document.activeElement;
        if (!heading || !focused) return false;
        // The focused sentence follows the section's heading, and no h2 comes between them.
        const between = [...document.querySelectorAll('article h2')].filter(
          (h) => heading.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING && h.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
        return Boolean(heading.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING) && between.length === 0;
      }, lands.split('#')[1]!);
      expect(inSection).toBe(true);
    });
  }

  it('finds the zh-TW page with an English query, and shows the English that matched beside the translation', async () => {
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/websockets`);
    await openSearch('/');
    await typeQuery('ping frames proxies');
    const first = env.page.locator('dialog [role=option]').first();
    // The English that matched comes first, marked; the translation beside it.
    expect(await first.locator('[lang] >> nth=0').getAttribute('lang')).toBe('en');
    expect(await first.locator('[lang=en] mark').allTextContents()).toEqual(['ping', 'frames', 'proxies']);
    expect(await first.locator('[lang=zh-TW]').textContent()).toContain('框架');
    await env.page.keyboard.press('Enter');
    await env.page.waitForFunction(() => location.pathname + location.hash === '/zh-TW/docs/websockets#configure-the-middleware');
  });

  it('says so when nothing matches, and Esc gives focus back to the search button', async () => {
    await gotoHydrated(env.page, `${env.url}/ja-JP/docs/websockets`);
    await env.page.focus('button[aria-haspopup=dialog]');
    await env.page.keyboard.press('Enter');
    await env.page.waitForSelector('dialog[open] input[role=combobox]');
    await env.page.keyboard.type('zebraquantum');
    await env.page.waitForFunction(() => document.querySelector('dialog [role=status]')?.textContent?.includes('zebraquantum'));
    expect(await env.page.locator('dialog [role=status]').textContent()).toBe('「zebraquantum」に一致する結果はありません。');
    expect(await env.page.$eval('input[role=combobox]', (input) => input.getAttribute('aria-expanded'))).toBe('false');
    await env.page.keyboard.press('Escape');
    await env.page.waitForSelector('dialog[open]', {state: 'detached'});
    expect(await env.page.evaluate(() => document.activeElement?.getAttribute('aria-haspopup'))).toBe('dialog');
  });

  it('does not open from / while the reader types in a field', async () => {
    await gotoHydrated(env.page, `${env.url}/docs/websockets`);
    await env.page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'probe';
      document.body.append(input);
    });
    await env.page.focus('#probe');
    await env.page.keyboard.type('a/b');
    expect(await env.page.$eval('#probe', (input) => (input as HTMLInputElement).value)).toBe('a/b');
    expect(await env.page.locator('dialog[open]').count()).toBe(0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`is axe clean with results open (${scheme})`, async () => {
      await env.page.emulateMedia({colorScheme: scheme});
      await gotoHydrated(env.page, `${env.url}/pt-BR/docs/websockets`);
      await openSearch('Control+k');
      await typeQuery('websocket');
      await env.page.keyboard.press('ArrowDown');
      expect(await axeViolations(env.page)).toEqual([]);
      await env.page.keyboard.press('Escape');
      await env.page.emulateMedia({colorScheme: null});
    });
  }

  it('fills a phone screen without scrolling sideways, the two languages stacked', async () => {
    await env.page.setViewportSize({width: 390, height: 844});
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/websockets`);
    // The button shows only its icon here: its name is still its label.
    expect(await env.page.getByRole('button', {name: '搜尋', exact: true}).count()).toBe(1);
    expect(await axeViolations(env.page)).toEqual([]);
    await env.page.click('button[aria-haspopup=dialog]');
    await env.page.waitForSelector('dialog[open] input[role=combobox]');
    await typeQuery('WebSocketCloseStatus');
    const box = await env.page.$eval('dialog[open]', (dialog) => ({
      width: dialog.getBoundingClientRect().width,
      scroll: dialog.scrollWidth,
      client: dialog.clientWidth,
    }));
    expect(box.width).toBeLessThanOrEqual(390);
    expect(box.scroll).toBeLessThanOrEqual(box.client);
    expect(await env.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await env.page.keyboard.press('Escape');
    await env.page.setViewportSize({width: 1280, height: 900});
  });
});

describe('search served by nginx with the scale-out configuration', () => {
  let instances: EchoInstance[] = [];
  let nginx: Nginx | undefined;
  beforeAll(async () => {
    ensureSiteBuilt();
    instances = [await startEchoInstance()];
    nginx = await startNginx({root: resolve(__dirname, '../build'), upstreams: instances.map((i) => i.port)});
  }, 120_000);
  afterAll(async () => {
    await nginx?.stop();
    for (const instance of instances) if (instance.process.exitCode === null) instance.process.kill('SIGTERM');
    await Promise.all(instances.map((i) => i.exited));
  });

  it('serves the index compressed and finds a section through it', async () => {
    const response = await fetch(`${nginx!.url}/zh-TW/search/manifest.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    // A shard's name changes with the content: cached for good, and sent as the copy compressed at
    // build time (the search plugin writes them with the shards).
    const {version} = (await response.json()) as {version: string};
    const chunk = await fetch(`${nginx!.url}/zh-TW/search/${version}/c0.json`, {headers: {'Accept-Encoding': 'gzip'}});
    expect([chunk.status, chunk.headers.get('cache-control'), chunk.headers.get('content-encoding')]).toEqual([
      200,
      'public, max-age=31536000, immutable',
      'gzip',
    ]);
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      await gotoHydrated(page, `${nginx!.url}/zh-TW/docs/websockets`);
      await page.keyboard.press('Control+k');
      await page.waitForSelector('dialog[open] input[role=combobox]');
      await page.keyboard.type('傳送和接收訊息');
      await page.waitForSelector('dialog[open] [role=option]');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.pathname + location.hash === '/zh-TW/docs/websockets#send-and-receive-messages');
    } finally {
      await browser.close();
    }
  });
});

describe('the search button on a phone', () => {
  it('sits beside the reading-mode switch, overlapping nothing, with nothing off the screen', async () => {
    await env.page.setViewportSize({width: 390, height: 844});
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/websockets`);
    const boxes = await env.page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().toJSON() as DOMRect;
      return {search: box('button[aria-haspopup=dialog]'), modes: box('.navbar [data-reading-mode-control]'), page: document.documentElement.scrollWidth};
    });
    expect(boxes.search.left).toBeGreaterThanOrEqual(boxes.modes.right);
    expect(boxes.search.right).toBeLessThanOrEqual(390);
    expect(boxes.page).toBe(390);
    await env.page.setViewportSize({width: 1280, height: 900});
  });
});

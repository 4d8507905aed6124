import type {Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launchChromium} from '../scripts/browser/chromium';
import {createSiteServer, type SiteServer} from '../src/server/createSiteServer';
import {axeViolations} from './axe';
import {activateDemo, ensureSiteBuilt, gotoHydrated} from './siteHarness';

// A reader in Taipei (UTC+8), so local times differ from UTC.
let site: SiteServer;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

beforeAll(async () => {
  ensureSiteBuilt();
  site = await createSiteServer({host: '127.0.0.1', port: 0});
  browser = await launchChromium({timezoneId: 'Asia/Taipei'});
  page = await browser.context.newPage();
  await page.setViewportSize({width: 1280, height: 900});
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const demo = '[data-demo=echo]';
const entries = () => page.$$eval(`${demo} [role=log] li`, (items) => items.map((li) => li.textContent ?? ''));
const connect = async (locale: string) => {
  await gotoHydrated(page, `${site.url}/${locale}/docs/websockets`);
  await activateDemo(page);
  await page.click(`${demo} button.button--primary`);
  await page.waitForSelector(`${demo} [data-status=open]`);
};

describe('the echo demo, as a reader uses it', () => {
  it('sends with Enter, closes with Enter, and times the log in the reader’s time zone', async () => {
    await connect('zh-TW');
    await page.fill(`${demo} [data-field=message]`, 'by Enter');
    await page.press(`${demo} [data-field=message]`, 'Enter');
    await page.waitForFunction((d) => document.querySelectorAll(`${d} li[data-direction=in]`).length === 1, demo);
    expect((await entries()).at(-1)).toContain('by Enter');
    const time = await page.$eval(`${demo} [role=log] li:last-child span`, (n) => n.textContent ?? '');
    const taipei = new Date(Date.now() + 8 * 3600_000);
    const [hours, minutes] = time.split(':').map(Number) as [number, number];
    // Within two minutes of the time in Taipei (not UTC, eight hours off).
    expect(Math.abs(hours * 60 + minutes - (taipei.getUTCHours() * 60 + taipei.getUTCMinutes())) % (24 * 60)).toBeLessThanOrEqual(2);
    await page.fill(`${demo} [data-field=close-reason]`, 'Enter closes');
    await page.press(`${demo} [data-field=close-reason]`, 'Enter');
    await page.waitForSelector(`${demo} [data-status=closed]`);
    expect((await entries()).at(-1)).toContain('Enter closes');
  });

  it('prints a 1 MiB echo as its size, round trip and start, the whole on demand', async () => {
    await connect('pt-BR');
    const big = 'x'.repeat(1 << 20);
    await page.$eval(
      `${demo} [data-field=message]`,
      (input, value) => {
        const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        set?.call(input, value);
        input.dispatchEvent(new Event('input', {bubbles: true}));
      },
      big,
    );
    await page.press(`${demo} [data-field=message]`, 'Enter');
    await page.waitForFunction((d) => document.querySelectorAll(`${d} li[data-direction=in]`).length === 1, demo, {timeout: 20_000});
    const received = (await entries()).find((line) => line.includes('←')) ?? '';
    expect(received.length).toBeLessThan(600);
    expect(received).toMatch(/Recebido Texto, 1048576 bytes, ida e volta [\d.]+ ms: x{300}…/);
    expect(await page.$$eval(`${demo} [role=log] pre`, (n) => n.length)).toBe(0);
    await page.click(`${demo} li[data-direction=in] summary`);
    await page.waitForSelector(`${demo} li[data-direction=in] pre`);
    expect(await page.$eval(`${demo} li[data-direction=in] pre`, (n) => n.textContent?.length)).toBe(1 << 20);
  });

  it('follows new lines, unless the reader scrolled up', async () => {
    await connect('ja-JP');
    const atBottom = () => page.$eval(`${demo} [role=log]`, (n) => n.scrollHeight - n.scrollTop - n.clientHeight <= 8);
    const send = async (n: number) => {
      const before = (await entries()).length;
      for (let i = 0; i < n; i++) await page.press(`${demo} [data-field=message]`, 'Enter');
      await page.waitForFunction(([d, count]) => document.querySelectorAll(`${d} [role=log] li`).length >= count, [demo, before + 2 * n] as const);
    };
    await send(15);
    expect(await page.$eval(`${demo} [role=log]`, (n) => n.scrollHeight > n.clientHeight)).toBe(true);
    expect(await atBottom()).toBe(true);
    await page.$eval(`${demo} [role=log]`, (n) => {
      n.scrollTop = 0;
      n.dispatchEvent(new Event('scroll'));
    });
    await send(3);
    expect(await page.$eval(`${demo} [role=log]`, (n) => n.scrollTop)).toBe(0);
  });

  it('says when the network is gone with a socket open, and when it is back', async () => {
    await connect('zh-TW');
    await browser.context.setOffline(true);
    await page.waitForSelector(`${demo} [data-offline]`);
    expect(await page.textContent(`${demo} [data-offline]`)).toBe('您目前離線：在網路恢復之前，訊息無法送達伺服器。');
    await browser.context.setOffline(false);
    await page.waitForSelector(`${demo} [data-offline]`, {state: 'detached'});
  });

  it('loads the demo’s code when the network returns, after a failed try', async () => {
    // A browser of its own: nothing of the demo's code in its cache.
    const fresh = await launchChromium();
    try {
      const reader = await fresh.context.newPage();
      await gotoHydrated(reader, `${site.url}/pt-BR/docs/websockets`);
      await reader.waitForLoadState('networkidle');
      await fresh.context.setOffline(true);
      const failed = reader.waitForEvent('requestfailed', {predicate: (request) => request.resourceType() === 'script'});
      await reader.locator('[data-demo-slot]').first().scrollIntoViewIfNeeded();
      // The fetch of the demo's code fails; the server's markup stays.
      expect((await failed).url()).toMatch(/\/assets\/js\/.+\.js$/);
      expect(await reader.locator('[data-live]').count()).toBe(0);
      await fresh.context.setOffline(false);
      await reader.waitForSelector('[data-live] [data-demo]');
    } finally {
      await fresh.close();
    }
  });

  it('keeps every demo text at 4.5:1 in dark mode, an error shown, and says the server URL is fixed', async () => {
    await page.emulateMedia({colorScheme: 'dark'});
    await connect('zh-TW');
    await page.fill(`${demo} [data-field=close-code]`, '1001');
    await page.press(`${demo} [data-field=close-code]`, 'Enter');
    await page.waitForSelector(`${demo} [role=alert]`);
    expect((await axeViolations(page)).filter((v) => v.id === 'color-contrast')).toEqual([]);
    const url = page.locator(`${demo} input[readonly]`);
    expect(await url.evaluate((n) => document.getElementById(n.getAttribute('aria-describedby') ?? '')?.textContent)).toBe('本網站自己的回應伺服器（固定）');
    await page.emulateMedia({colorScheme: null});
  });
});

import type {Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startSiteAndBrowser} from './siteHarness';

let harness: Awaited<ReturnType<typeof startSiteAndBrowser>>;
let page: Page;

beforeAll(async () => {
  harness = await startSiteAndBrowser();
  page = await harness.browser.context.newPage();
});

afterAll(async () => {
  await harness?.browser.close();
  await harness?.site.close();
});

const logText = (demo: string) => page.$$eval(`[data-demo=${demo}] [role=log] li`, (items) => items.map((li) => li.textContent ?? ''));

describe.each([
  {locale: 'zh-TW', rtt: '來回', opened: '已開啟'},
  {locale: 'pt-BR', rtt: 'ida e volta', opened: 'Aberto'},
])('the echo demo in $locale', ({locale, rtt, opened}) => {
  beforeAll(async () => {
    await page.goto(`${harness.site.url}/${locale}/docs/websockets`);
  });

  it('starts in the page language with sending impossible until connected', async () => {
    expect(await page.$eval('[data-demo=echo] [data-status]', (n) => n.getAttribute('data-status'))).toBe('ready');
    expect(await page.$eval('[data-demo=echo] [data-field=message]', (n) => (n as HTMLInputElement).disabled)).toBe(true);
  });

  it('connects, echoes text (inert) and binary with their round trip', async () => {
    await page.click('[data-demo=echo] button.button--primary');
    await page.waitForSelector('[data-demo=echo] [data-status=open]');
    expect(await page.$eval('[data-demo=echo] [data-status] strong', (n) => n.textContent)).toBe(opened);
    await page.fill('[data-demo=echo] [data-field=message]', '<img src=x onerror="window.__xss=1">');
    await page.click('[data-demo=echo] .button--secondary >> nth=0');
    await page.waitForFunction(() => document.querySelectorAll('[data-demo=echo] li[data-direction=in]').length === 1);
    await page.selectOption('[data-demo=echo] select', 'binary');
    await page.fill('[data-demo=echo] [data-field=message]', '01 ff 7a');
    await page.click('[data-demo=echo] .button--secondary >> nth=0');
    await page.waitForFunction(() => document.querySelectorAll('[data-demo=echo] li[data-direction=in]').length === 2);
    const received = (await logText('echo')).filter((line) => line.includes('←'));
    expect(received[0]).toContain('<img src=x onerror="window.__xss=1">');
    expect(received[0]).toContain(rtt);
    expect(received[1]).toContain('01 ff 7a');
    expect(await page.evaluate(() => (window as unknown as {__xss?: number}).__xss)).toBeUndefined();
    expect(await page.$$eval('[data-demo=echo] [role=log] img', (n) => n.length)).toBe(0);
  });

  it('refuses a close code a browser may not send, then closes with 4000 and a reason', async () => {
    await page.fill('[data-demo=echo] [data-field=close-code]', '1001');
    await page.click('[data-demo=echo] .button--secondary >> nth=1');
    expect(await page.$eval('[data-demo=echo] [role=alert]', (n) => n.textContent)).toMatch(/1000.*3000.*4999/);
    expect(await page.$eval('[data-demo=echo] [data-status]', (n) => n.getAttribute('data-status'))).toBe('open');
    await page.fill('[data-demo=echo] [data-field=close-code]', '4000');
    await page.fill('[data-demo=echo] [data-field=close-reason]', 'bye');
    await page.click('[data-demo=echo] .button--secondary >> nth=1');
    await page.waitForSelector('[data-demo=echo] [data-status=closed]');
    const last = (await logText('echo')).at(-1)!;
    expect(last).toContain('4000');
    expect(last).toContain('bye');
  });
});

describe('the CloseAsync versus CloseOutputAsync demo (ja-JP)', () => {
  it('shows what each mode does with the messages after its close frame', async () => {
    await page.goto(`${harness.site.url}/ja-JP/docs/api/closeoutputasync`);
    await page.click('[data-demo=close-modes] button.button--primary');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-demo=close-modes] li[data-event=closed]').length === 2,
      undefined,
      {timeout: 5000},
    );
    expect(await page.$$eval('[data-mode=CloseOutputAsync] li[data-after-close=true]', (n) => n.length)).toBe(4);
    expect(await page.$$eval('[data-mode=CloseAsync] li[data-event=message-ignored]', (n) => n.length)).toBe(4);
    expect(await page.$eval('[data-mode=CloseOutputAsync] li[data-event=WebSocketCloseOutputSent]', (n) => n.textContent)).toMatch(
      /^イベント 3427 WebSocketCloseOutputSent: WebSocketId:\S+ sending close output message to '127\.0\.0\.1:\d+' with close status 'NormalClosure'\.$/,
    );
  });
});

describe('the trace demo (pt-BR event 3427 page)', () => {
  it("streams the reader's own connection events, 3427 included", async () => {
    await page.goto(`${harness.site.url}/pt-BR/docs/3427-websocketcloseoutputsent`);
    await page.click('[data-demo=trace] button.button--primary');
    await page.waitForSelector('[data-demo=trace] [data-status=open]');
    await page.click('[data-demo=trace] .button--secondary >> nth=1');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-demo=trace] li')].some((li) => li.textContent?.includes('3427')));
    const lines = await logText('trace');
    expect(lines.some((l) => /evento 3427 WebSocketCloseOutputSent: WebSocketId:\S+ sending close output message to '[^']+' with close status 'NormalClosure'\./.test(l))).toBe(true);
    expect(lines.some((l) => l.includes('recebeu fechamento 1000'))).toBe(true);
  });
});

import {beforeAll, describe, expect, it} from 'vitest';
import {createSiteServer} from '../src/server/createSiteServer';
import {activateDemo, gotoHydrated, openSitePage} from './siteHarness';

const env = openSitePage();

const logText = (demo: string) => env.page.$$eval(`[data-demo=${demo}] [role=log] li`, (items) => items.map((li) => li.textContent ?? ''));

describe.each([
  {locale: 'zh-TW', rtt: '來回', opened: '已開啟'},
  {locale: 'pt-BR', rtt: 'ida e volta', opened: 'Aberto'},
])('the echo demo in $locale', ({locale, rtt, opened}) => {
  beforeAll(async () => {
    await gotoHydrated(env.page, `${env.url}/${locale}/docs/websockets`);
    await activateDemo(env.page);
  });

  it('starts in the page language with sending impossible until connected', async () => {
    expect(await env.page.$eval('[data-demo=echo] [data-status]', (n) => n.getAttribute('data-status'))).toBe('ready');
    expect(await env.page.$eval('[data-demo=echo] [data-field=message]', (n) => (n as HTMLInputElement).disabled)).toBe(true);
  });

  it('connects, echoes text (inert) and binary with their round trip', async () => {
    await env.page.click('[data-demo=echo] button.button--primary');
    await env.page.waitForSelector('[data-demo=echo] [data-status=open]');
    expect(await env.page.$eval('[data-demo=echo] [data-status] strong', (n) => n.textContent)).toBe(opened);
    await env.page.fill('[data-demo=echo] [data-field=message]', '<img src=x onerror="window.__xss=1">');
    await env.page.click('[data-demo=echo] .button--secondary >> nth=0');
    await env.page.waitForFunction(() => document.querySelectorAll('[data-demo=echo] li[data-direction=in]').length === 1);
    await env.page.selectOption('[data-demo=echo] select', 'binary');
    await env.page.fill('[data-demo=echo] [data-field=message]', '01 ff 7a');
    await env.page.click('[data-demo=echo] .button--secondary >> nth=0');
    await env.page.waitForFunction(() => document.querySelectorAll('[data-demo=echo] li[data-direction=in]').length === 2);
    const received = (await logText('echo')).filter((line) => line.includes('←'));
    expect(received[0]).toContain('<img src=x onerror="window.__xss=1">');
    expect(received[0]).toContain(rtt);
    expect(received[1]).toContain('01 ff 7a');
    expect(await env.page.evaluate(() => (window as unknown as {__xss?: number}).__xss)).toBeUndefined();
    expect(await env.page.$$eval('[data-demo=echo] [role=log] img', (n) => n.length)).toBe(0);
  });

  it('refuses a close code a browser may not send, then closes with 4000 and a reason', async () => {
    await env.page.fill('[data-demo=echo] [data-field=close-code]', '1001');
    await env.page.click('[data-demo=echo] .button--secondary >> nth=1');
    expect(await env.page.$eval('[data-demo=echo] [role=alert]', (n) => n.textContent)).toMatch(/1000.*3000.*4999/);
    expect(await env.page.$eval('[data-demo=echo] [data-status]', (n) => n.getAttribute('data-status'))).toBe('open');
    await env.page.fill('[data-demo=echo] [data-field=close-code]', '4000');
    await env.page.fill('[data-demo=echo] [data-field=close-reason]', 'bye');
    await env.page.click('[data-demo=echo] .button--secondary >> nth=1');
    await env.page.waitForSelector('[data-demo=echo] [data-status=closed]');
    const last = (await logText('echo')).at(-1)!;
    expect(last).toContain('4000');
    expect(last).toContain('bye');
  });
});

describe('the CloseAsync versus CloseOutputAsync demo (ja-JP)', () => {
  it('shows what each mode does with the messages after its close frame', async () => {
    await gotoHydrated(env.page, `${env.url}/ja-JP/docs/api/closeoutputasync`);
    await activateDemo(env.page);
    await env.page.click('[data-demo=close-modes] button.button--primary');
    await env.page.waitForFunction(() => document.querySelectorAll('[data-demo=close-modes] li[data-event=closed]').length === 2, undefined, {timeout: 5000});
    // How many of the five messages leave the browser before it sees the close frame is a race the
    // browser decides (the exact counts are tested with a ws client); what each mode does with those
    // that arrive after its close frame is not.
    const events = (mode: string) =>
      env.page.$$eval(`[data-mode=${mode}] li[data-event]`, (n) => n.map((li) => [li.getAttribute('data-event'), li.getAttribute('data-after-close')]));
    for (const mode of ['CloseAsync', 'CloseOutputAsync']) {
      const list = await events(mode);
      const closeAt = list.findIndex(([e]) => e === 'close-sent');
      expect(list.slice(0, closeAt).map(([e]) => e)).toEqual(['open', 'message-in', 'message-out']);
      const after = list.slice(closeAt + 1).filter(([e]) => e?.startsWith('message'));
      expect(after.every(([e, flag]) => (mode === 'CloseAsync' ? e === 'message-ignored' : e === 'message-in' && flag === 'true'))).toBe(true);
      expect(after.length).toBeLessThanOrEqual(4);
    }
    expect(await env.page.$eval('[data-mode=CloseOutputAsync] li[data-event=WebSocketCloseOutputSent]', (n) => n.textContent)).toMatch(
      /^イベント 3427 WebSocketCloseOutputSent: WebSocketId:\S+ sending close output message to 'client' with close status 'NormalClosure'\.$/,
    );
  });
});

describe('the trace demo (pt-BR event 3427 page)', () => {
  it("streams the reader's own connection events, 3427 included", async () => {
    await gotoHydrated(env.page, `${env.url}/pt-BR/docs/3427-websocketcloseoutputsent`);
    await activateDemo(env.page);
    await env.page.click('[data-demo=trace] button.button--primary');
    await env.page.waitForSelector('[data-demo=trace] [data-status=open]');
    await env.page.click('[data-demo=trace] .button--secondary >> nth=1');
    await env.page.waitForFunction(() => [...document.querySelectorAll('[data-demo=trace] li')].some((li) => li.textContent?.includes('3427')));
    const lines = await logText('trace');
    expect(
      lines.some((l) =>
        /evento 3427 WebSocketCloseOutputSent: WebSocketId:\S+ sending close output message to '[^']+' with close status 'NormalClosure'\./.test(l),
      ),
    ).toBe(true);
    expect(lines.some((l) => l.includes('recebeu fechamento 1000'))).toBe(true);
  });
});

describe('the trace demo when its stream and socket land on different instances', () => {
  it('notices that the stream never saw its socket open, and connects again with a new token', async () => {
    const page = await env.page.context().newPage();
    // The first event stream is one that a proxy sent to another instance: open, but it never hears
    // of this reader's socket. Later streams go to the server.
    let streams = 0;
    await page.routeWebSocket(/\/ws\/events\?/, (ws) => {
      if (streams++ > 0) ws.connectToServer();
    });
    await gotoHydrated(page, `${env.url}/docs/3427-websocketcloseoutputsent`);
    await activateDemo(page);
    await page.click('[data-demo=trace] button.button--primary');
    const retrace = 'The trace stream is on another server instance: connecting again to trace this connection';
    await page.waitForFunction((text) => [...document.querySelectorAll('[data-demo=trace] li')].some((li) => li.textContent?.includes(text)), retrace, {
      timeout: 10_000,
    });
    // The second stream, on the right instance, reports the new socket's opening.
    await page.waitForSelector('[data-demo=trace] [data-status=open]');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-demo=trace] li[data-direction=server]')].length > 0, undefined, {timeout: 10_000});
    expect(streams).toBe(2);
    await page.close();
  });
});

describe('the echo demo when the server goes away', () => {
  it('says the server is unreachable, and reconnects with backoff when asked to', async () => {
    // A server of its own, so stopping it leaves the other tests' server alone.
    let site = await createSiteServer({host: '127.0.0.1', port: 0, log: () => undefined});
    const port = Number(new URL(site.url).port);
    const page = await env.page.context().newPage();
    await gotoHydrated(page, `${site.url}/docs/websockets`);
    await activateDemo(page);
    await page.check('[data-demo=echo] input[type=checkbox]');
    await page.click('[data-demo=echo] button.button--primary');
    await page.waitForSelector('[data-demo=echo] [data-status=open]');

    await site.close();
    await page.waitForFunction(() => [...document.querySelectorAll('[data-demo=echo] li')].some((li) => li.textContent?.includes('Reconnecting in 0.5 s')));
    await page.waitForFunction(
      () => [...document.querySelectorAll('[data-demo=echo] li[data-direction=error]')].some((li) => li.textContent?.includes('Cannot reach the echo server')),
      undefined,
      {timeout: 10_000},
    );

    site = await createSiteServer({host: '127.0.0.1', port, log: () => undefined});
    await page.waitForSelector('[data-demo=echo] [data-status=open]', {timeout: 15_000});
    await page.close();
    await site.close();
  });
});

describe('the demo as an island', () => {
  it('shows the server’s demo at once, and loads its code only when the reader comes near it', async () => {
    const page = await env.page.context().newPage();
    await page.setViewportSize({width: 1280, height: 700});
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    await gotoHydrated(page, `${env.url}/zh-TW/docs/websockets`);
    await page.waitForLoadState('networkidle');
    const before = scripts.length;
    expect(await page.locator('[data-demo=echo] h2').textContent()).toBeTruthy();
    expect(await page.locator('[data-live]').count()).toBe(0);
    await activateDemo(page);
    expect(scripts.length).toBeGreaterThan(before);
    await page.click('[data-demo=echo] button.button--primary');
    await page.waitForSelector('[data-demo=echo] [data-status=open]');
    await page.close();
  });

  it('is live at once on a page reached by client-side navigation', async () => {
    const page = await env.page.context().newPage();
    await page.setViewportSize({width: 1280, height: 700});
    await gotoHydrated(page, `${env.url}/zh-TW/docs/3427-websocketcloseoutputsent`);
    await page.locator('nav a[href="/zh-TW/docs/websockets"]').first().click();
    await page.waitForURL('**/docs/websockets');
    // The demo is far below the viewport, and no scrolling: a demo rendered in the browser has no
    // server HTML to stand in for it, so it loads at once.
    expect(await page.evaluate(() => document.querySelector('[data-demo-slot]')?.getBoundingClientRect().top ?? 0)).toBeGreaterThan(700 + 600);
    await page.waitForSelector('[data-live] [data-demo=echo]', {timeout: 10_000});
    await page.close();
  });
});

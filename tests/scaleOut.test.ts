import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import type {Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import WebSocket from 'ws';
import {launchChromium} from '../scripts/browser/chromium';
import {DemoClient} from './demoClients';
import {startEchoInstance, startNginx, type EchoInstance, type Nginx} from './nginxHarness';
import {activateDemo, ensureSiteBuilt, gotoHydrated} from './siteHarness';

const CLIENTS = 20;
const MESSAGES = 60;

const opensFrom = (instance: EchoInstance, origin: string) =>
  instance
    .output()
    .split('\n')
    .filter((line) => line.includes('"event":"open"') && line.includes(origin)).length;

describe('scale-out: nginx in front of two echo server instances', () => {
  let instances: EchoInstance[] = [];
  let nginx: Nginx | undefined;
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  let page: Page;

  beforeAll(async () => {
    ensureSiteBuilt();
    instances = [await startEchoInstance(), await startEchoInstance()];
    nginx = await startNginx({root: resolve(__dirname, '../build'), upstreams: instances.map((i) => i.port)});
    browser = await launchChromium();
    page = await browser.context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await nginx?.stop();
    for (const instance of instances) if (instance.process.exitCode === null) instance.process.kill('SIGTERM');
    await Promise.all(instances.map((i) => i.exited));
  });

  it('serves the static build with gzip, long caching for hashed assets and each locale its own 404', async () => {
    const home = await fetch(`${nginx!.url}/zh-TW/docs/websockets`, {headers: {'Accept-Encoding': 'gzip'}});
    expect(home.status).toBe(200);
    expect(home.headers.get('content-encoding')).toBe('gzip');
    const html = await home.text();
    const script = /<script src="?(\/zh-TW\/assets\/js\/[^"\s>]+\.js)/.exec(html)![1];
    expect((await fetch(`${nginx!.url}${script}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await fetch(`${nginx!.url}/ja-JP/docs/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toMatch(/<html lang="?ja-JP/);
  });

  it('keeps trace tokens out of the access log', async () => {
    const token = 'secret-trace-token-42';
    const ws = new WebSocket(`${nginx!.url.replace(/^http/, 'ws')}/ws?trace=${token}`);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    ws.close(1000);
    await new Promise((resolve) => ws.once('close', resolve));
    await vi.waitUntil(() => readFileSync(nginx!.accessLog, 'utf8').includes('GET /ws HTTP/1.1'), {timeout: 5000, interval: 50});
    expect(readFileSync(nginx!.accessLog, 'utf8')).not.toContain(token);
  });

  it('moves every client of a stopped instance to the other: 1001, reconnect, no echo lost or duplicated', async () => {
    const origin = nginx!.url;
    // A reader's demo, with reconnection on, connects first so its instance can be told from the logs.
    await gotoHydrated(page, `${origin}/pt-BR/docs/websockets`);
    await activateDemo(page);
    await page.check('[data-demo=echo] input[type=checkbox]');
    await page.click('[data-demo=echo] button.button--primary');
    await page.waitForSelector('[data-demo=echo] [data-status=open]');
    await vi.waitUntil(() => instances.some((i) => opensFrom(i, origin) === 1), {timeout: 20_000, interval: 50}); // the browser socket in an instance log
    const victim = instances.find((i) => opensFrom(i, origin) === 1)!;
    const survivor = instances.find((i) => i !== victim)!;

    const clients = Array.from({length: CLIENTS}, (_, id) => new DemoClient(`${origin.replace('http', 'ws')}/ws`, origin, id, MESSAGES));
    for (const client of clients) client.connect();
    const ticker = setInterval(() => clients.forEach((c) => c.tick()), 10);
    await vi.waitUntil(() => clients.every((c) => c.received.length >= MESSAGES / 3), {timeout: 20_000, interval: 50}); // a third of the echoes
    const onVictim = opensFrom(victim, origin) - 1;

    victim.process.kill('SIGTERM');
    expect(await victim.exited).toBe(0);
    expect(victim.output()).toContain('SIGTERM: closing every socket with 1001');
    await vi.waitUntil(() => clients.every((c) => c.done), {timeout: 20_000, interval: 50}); // every echo
    clearInterval(ticker);

    for (const client of clients) expect(client.received).toEqual(Array.from({length: MESSAGES}, (_, n) => n));
    const moved = clients.filter((c) => c.closes.includes(1001));
    expect(moved.length).toBe(onVictim);
    expect(onVictim).toBeGreaterThan(0);
    expect(onVictim).toBeLessThan(CLIENTS);
    for (const client of clients) expect(client.closes.filter((code) => code !== 1000 && code !== 1001)).toEqual([]);

    // The reader's demo says why it closed, reconnects through nginx, and echoes again.
    await page.waitForFunction(() => [...document.querySelectorAll('[data-demo=echo] [role=log] li')].some((li) => li.textContent?.includes('1001')));
    await page.waitForSelector('[data-demo=echo] [data-status=open]');
    await page.fill('[data-demo=echo] [data-field=message]', 'after failover');
    await page.click('[data-demo=echo] .button--secondary >> nth=0');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-demo=echo] li[data-direction=in]')].some((li) => li.textContent?.includes('after failover')),
    );
    // Every socket of the survivor came through nginx: its own clients, the moved ones and the reader's.
    expect(opensFrom(survivor, origin)).toBe(CLIENTS - onVictim + moved.length + 1);
  }, 60_000);
});

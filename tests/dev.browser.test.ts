import {spawn, type ChildProcess} from 'node:child_process';
import {afterAll, describe, expect, it, vi} from 'vitest';
import {launchChromium} from '../scripts/browser/chromium';
import {freePort} from '../scripts/freePort';
import {activateDemo} from './siteHarness';

let child: ChildProcess | undefined;

afterAll(() => {
  // npm, tsx, docusaurus and the dev server form one process group: end them all.
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
});

describe('npm run dev', () => {
  it('serves the site in development with a demo that reaches its echo server', async () => {
    // Ports nothing listens on: random ones can be another program's.
    const devPort = await freePort();
    let echoPort = await freePort();
    while (echoPort === devPort) echoPort = await freePort();
    // As a developer runs it: without the test runner's NODE_ENV=test and VITEST* variables.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
    child = spawn('npm', ['run', 'dev'], {
      detached: true,
      env: {...env, PORT: String(devPort), ECHO_PORT: String(echoPort)},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (c) => (output += c));
    child.stderr!.on('data', (c) => (output += c));
    await vi
      .waitUntil(() => output.includes('compiled successfully') && output.includes('Echo server at'), {timeout: 120_000, interval: 250})
      .catch(() => {
        throw new Error(`dev server did not start:\n${output}`);
      });
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      await page.goto(`http://localhost:${devPort}/docs/websockets`, {timeout: 120_000});
      await page.waitForSelector('html[data-has-hydrated=true]', {timeout: 60_000});
      await activateDemo(page);
      expect(await page.$eval('[data-demo=echo] input[readonly]', (n) => (n as HTMLInputElement).value)).toBe(`ws://localhost:${echoPort}/ws`);
      await page.click('[data-demo=echo] button.button--primary');
      await page.waitForSelector('[data-demo=echo] [data-status=open]');
      await page.click('[data-demo=echo] .button--secondary >> nth=0');
      await page.waitForSelector('[data-demo=echo] li[data-direction=in]');
    } finally {
      await browser.close();
    }
  }, 240_000);
});

import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {launchChromium} from '../scripts/browser/chromium';
import {createSiteServer, type SiteServer} from '../src/server/createSiteServer';
import {ensureSiteBuilt} from './siteHarness';

let site: SiteServer;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

beforeAll(async () => {
  ensureSiteBuilt();
  site = await createSiteServer({host: '127.0.0.1', port: 0, log: () => undefined});
  browser = await launchChromium({javaScriptEnabled: false});
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a page without JavaScript', () => {
  it('reads in full, says the demo needs JavaScript instead of showing dead controls, and hides the reading-mode switch', async () => {
    await page.goto(`${site.url}/zh-TW/docs/websockets`);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-reading-mode'))).toBe(false);
    expect(await page.locator('.theme-doc-markdown p .bi-seg').first().isVisible()).toBe(true);
    const notice = page.locator('.demo-needs-js');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toBe('此即時示範需要 JavaScript，而這個瀏覽器已關閉 JavaScript。');
    expect(await page.locator('[data-demo="echo"]').isVisible()).toBe(false);
    expect(await page.locator('[data-reading-mode-control]').first().isVisible()).toBe(false);
  });
});

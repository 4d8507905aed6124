import {mkdirSync} from 'node:fs';
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

  // Pictures of each page as a reader without JavaScript sees it, kept as the run's artefacts.
  it.each([
    ['phone', 390, 844],
    ['desktop', 1280, 900],
  ])('fits a %s screen in every locale, with the links to edit and report (pictures in test-results/noscript)', async (screen, width, height) => {
    mkdirSync('test-results/noscript', {recursive: true});
    await page.setViewportSize({width, height});
    for (const path of ['/zh-TW/docs/websockets', '/ja-JP/docs/3427-websocketcloseoutputsent', '/pt-BR/docs/websockets', '/docs/api/closeoutputasync']) {
      await page.goto(`${site.url}${path}`);
      const shown = await page.evaluate(() => ({
        fits: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        edit: Boolean(document.querySelector('.theme-edit-this-page[href*="/edit/"]')),
        report: Boolean(document.querySelector('[data-report-problem][href*="body="]')),
      }));
      expect({path, ...shown}).toEqual({path, fits: true, edit: true, report: true});
      await page.screenshot({path: `test-results/noscript/${screen}${path.replaceAll('/', '_')}.png`, fullPage: true});
    }
  });
});

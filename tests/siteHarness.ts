import {spawnSync} from 'node:child_process';
import type {Page} from 'playwright-core';
import {afterAll, beforeAll} from 'vitest';
import {isBuildStale} from '../scripts/buildFreshness';
import {hasChromium, launchChromium} from '../scripts/browser/chromium';
import {createSiteServer, type SiteServer} from '../src/server/createSiteServer';

/** Builds the site when its sources changed since the last build (as `npm start` does). */
export function ensureSiteBuilt(): void {
  if (!isBuildStale(process.cwd())) return;
  const result = spawnSync('npm', ['run', 'build'], {stdio: 'inherit'});
  if (result.status !== 0) throw new Error('docusaurus build failed; see its output above');
}

/**
 * Starts the built site on a free loopback port and Debian's Chromium. Without Chromium the
 * browser tests cannot run: under CI that is a failure, locally an explicit error saying how to fix it.
 */
export async function startSiteAndBrowser(): Promise<{site: SiteServer; browser: Awaited<ReturnType<typeof launchChromium>>}> {
  if (!hasChromium()) {
    throw new Error('Chromium is missing at /usr/bin/chromium: install it with `apt-get install -y chromium` (CHROMIUM_PATH overrides the path)');
  }
  ensureSiteBuilt();
  const site = await createSiteServer({host: '127.0.0.1', port: 0});
  const browser = await launchChromium();
  return {site, browser};
}

/**
 * For a browser test file: starts the site and Chromium before its tests, one page shared by them,
 * and stops both after. Read `page` and `url` inside tests (they exist once the hooks ran).
 */
export function openSitePage(): {readonly page: Page; readonly url: string} {
  let harness: Awaited<ReturnType<typeof startSiteAndBrowser>> | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    harness = await startSiteAndBrowser();
    page = await harness.browser.context.newPage();
    await page.setViewportSize({width: 1280, height: 900});
  });
  afterAll(async () => {
    await harness?.browser.close();
    await harness?.site.close();
  });
  return {
    get page() {
      return page!;
    },
    get url() {
      return harness!.site.url;
    },
  };
}

/** Opens a page and waits until React has hydrated it, so clicks reach their handlers. */
export async function gotoHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('html[data-has-hydrated=true]');
}

/**
 * Scrolls a page's live demo into view and waits until it works (it loads its code when near).
 * It scrolls the demo's slot, which stays: the markup inside is replaced when the demo goes live,
 * possibly while Playwright waits for it to be stable.
 */
export async function activateDemo(page: Page): Promise<void> {
  await page.locator('[data-demo-slot]').first().scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-live] [data-demo]');
}

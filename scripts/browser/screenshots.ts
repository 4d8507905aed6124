import {mkdirSync} from 'node:fs';
import {dirname, join} from 'node:path';
import type {Page} from 'playwright-core';
import {DEFAULT_LOCALE, LOCALES} from '../../src/core/i18n/locales';
import {localizedDocDir} from '../../src/core/i18n/paths';
import {createSiteServer} from '../../src/server/createSiteServer';
import {launchChromium} from './chromium';

/**
 * `npm run screenshots` (after a build): the article's screenshots are pictures of our own echo
 * demo, in each locale's UI language: start.png before connecting, end.png after connect, send and
 * close. Also the README's picture of a bilingual page.
 */
async function demoShots(page: Page, baseUrl: string, locale: string): Promise<void> {
  const prefix = locale === DEFAULT_LOCALE ? '' : `/${locale}`;
  const dir = join(locale === DEFAULT_LOCALE ? 'docs' : localizedDocDir(locale), 'websockets/_static');
  mkdirSync(dir, {recursive: true});
  await page.goto(`${baseUrl}${prefix}/docs/websockets`);
  await page.waitForSelector('html[data-has-hydrated=true]');
  const demo = page.locator('[data-demo=echo]');
  await demo.scrollIntoViewIfNeeded();
  // The live demo replaces the server's markup when it comes near: picture the live one.
  await page.waitForSelector('[data-live] [data-demo=echo]');
  await demo.screenshot({path: join(dir, 'start.png')});
  await page.click('[data-demo=echo] button.button--primary');
  await page.waitForSelector('[data-demo=echo] [data-status=open]');
  await page.click('[data-demo=echo] .button--secondary >> nth=0');
  await page.waitForSelector('[data-demo=echo] li[data-direction=in]');
  await page.click('[data-demo=echo] .button--secondary >> nth=1');
  await page.waitForSelector('[data-demo=echo] [data-status=closed]');
  // Times differ on every run; hide them so the pictures only change when the page does.
  await page.addStyleTag({content: '[data-demo] [role=log] li > span:first-child {visibility: hidden}'});
  await demo.screenshot({path: join(dir, 'end.png')});
  process.stdout.write(`${dir}/start.png, end.png\n`);
}

/** The README's phone pictures (390 × 844): a sentence's English, Side by side, and search. */
async function phoneShots(page: Page, baseUrl: string): Promise<void> {
  await page.setViewportSize({width: 390, height: 844});
  const shot = async (name: string) => {
    const path = `static/img/readme-phone-${name}.png`;
    await page.screenshot({path});
    process.stdout.write(`${path}\n`);
  };
  await page.goto(`${baseUrl}/zh-TW/docs/websockets#when-to-use-websockets`);
  await page.waitForSelector('html[data-has-hydrated=true]');
  await page.focus('#when-to-use-websockets ~ p .bi-seg >> nth=0');
  await shot('translation');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // As the switch in the phone's menu sets it.
  await page.evaluate(() => document.documentElement.setAttribute('data-reading-mode', 'side'));
  await page.locator('#when-to-use-websockets').scrollIntoViewIfNeeded();
  await shot('side-by-side');
  await page.keyboard.press('Control+k');
  await page.waitForSelector('dialog[open] input');
  await page.keyboard.type('keep-alive');
  await page.waitForSelector('dialog [role=option]');
  await shot('search');
  await page.keyboard.press('Escape');
}

async function main(): Promise<void> {
  // The article tells readers to browse to http://localhost:5000, so the pictures show that address.
  const site = await createSiteServer({host: 'localhost', port: Number(process.env.PORT ?? 5000), log: () => undefined});
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({width: 1200, height: 900});
    for (const locale of LOCALES) await demoShots(page, site.url, locale);
    await page.setViewportSize({width: 1200, height: 720});
    await page.goto(`${site.url}/zh-TW/docs/websockets`);
    await page.focus('.theme-doc-markdown p .bi-seg >> nth=2');
    const readme = 'static/img/readme-bilingual.png';
    mkdirSync(dirname(readme), {recursive: true});
    await page.screenshot({path: readme});
    process.stdout.write(`${readme}\n`);
    await phoneShots(page, site.url);
  } finally {
    await browser.close();
    await site.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

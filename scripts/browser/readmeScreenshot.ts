import {createSiteServer} from '../../src/server/createSiteServer';
import {launchChromium} from './chromium';

/** Renders the README's picture: the zh-TW article with the English of one sentence revealed. */
async function main(): Promise<void> {
  const site = await createSiteServer({host: '127.0.0.1', port: 0});
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({width: 1200, height: 720});
    await page.goto(`${site.url}/zh-TW/docs/websockets`);
    await page.focus('.theme-doc-markdown p .bi-seg >> nth=2');
    await page.screenshot({path: 'static/img/readme-bilingual.png'});
  } finally {
    await browser.close();
    await site.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

import {gzipSync} from 'node:zlib';
import {createSiteServer} from '../../src/server/createSiteServer';
import {launchChromium} from '../browser/chromium';

/**
 * Bytes of JavaScript a page makes the browser load, gzipped at level 9 (the same measure for
 * every site, whatever its server sends): every script response from navigation until the
 * hydrated page is idle, so chunks loaded after hydration count too.
 */
export async function pageScriptWeight(buildDir: string, path: string): Promise<number> {
  const site = await createSiteServer({host: '127.0.0.1', port: 0, root: buildDir, log: () => undefined});
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    const bodies: Array<Promise<Buffer>> = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.push(response.body());
    });
    await page.goto(`${site.url}${path}`);
    await page.waitForSelector('html[data-has-hydrated=true]');
    await page.waitForLoadState('networkidle');
    const all = await Promise.all(bodies);
    if (all.length === 0) throw new Error(`no script loaded on ${path}`);
    return all.reduce((sum, body) => sum + gzipSync(body, {level: 9}).length, 0);
  } finally {
    await browser.close();
    await site.close();
  }
}

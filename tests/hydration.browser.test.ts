import {readdirSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {describe, expect, it} from 'vitest';
import {openSitePage} from './siteHarness';

const env = openSitePage();

/** Every page of the build, as a URL path: each locale's doc pages, home and translation status. */
function builtPages(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'assets' ? [] : builtPages(path);
    if (!entry.endsWith('.html') || entry === '404.html') return [];
    return [
      `/${relative('build', path)
        .replace(/(^|\/)index\.html$/, '$1')
        .replace(/\.html$/, '')}`,
    ];
  });
}

describe('hydration', () => {
  it('hydrates every page in every locale with nothing at all in the console', async () => {
    const pages = builtPages('build');
    expect(pages.length).toBeGreaterThanOrEqual(24);
    const problems: string[] = [];
    for (const path of pages) {
      const page = await env.page.context().newPage();
      page.on('console', (message) => {
        problems.push(`${path}: ${message.type()} ${message.text().slice(0, 200)}`);
      });
      page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
      await page.goto(`${env.url}${path}`);
      await page.waitForSelector('html[data-has-hydrated=true]');
      await page.waitForLoadState('networkidle');
      await page.close();
    }
    expect(problems).toEqual([]);
  }, 120_000);
});

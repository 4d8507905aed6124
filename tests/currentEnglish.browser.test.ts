import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {gotoHydrated, openSitePage} from './siteHarness';

const env = openSitePage();

const PAGES = ['websockets', 'deployment', '3427-websocketcloseoutputsent', 'api/closeoutputasync'];
const LOCALIZED = ['zh-TW', 'pt-BR', 'ja-JP'];

/** The article as English mode shows it: the English of every sentence, code and headings, without UI labels (admonition titles, pickers, permalinks). */
async function article(page: Page, url: string, englishMode: boolean) {
  await gotoHydrated(page, url);
  // A page not translated yet shows the English already, with no switch shown.
  if (englishMode && (await page.locator('[data-reading-mode-button=english]').first().isVisible())) await page.click('[data-reading-mode-button=english]');
  return page.evaluate(() => {
    const markdown = document.querySelector('.theme-doc-markdown');
    if (!markdown) throw new Error(`no article on ${location.pathname}`);
    const ids = [...markdown.querySelectorAll('h2[id], h3[id]')].map((h) => h.id);
    const clone = markdown.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.bi-t, [data-search-ignore], .hash-link, style, label, select, [class*=admonitionHeading]').forEach((n) => n.remove());
    const drift = document.querySelector('[data-english-drift]');
    return {
      ids,
      text: (clone.textContent ?? '').replace(/\s+/g, ' ').trim(),
      marked: markdown.querySelectorAll('.bi-stale, .bi-untranslated').length,
      counted: drift ? Number(drift.getAttribute('data-english-drift')) : 0,
    };
  });
}

describe('localized pages read against the current English', () => {
  for (const locale of LOCALIZED) {
    it(`${locale}: English mode reads exactly as the English page, with the English heading ids, and the notice counts what is marked`, async () => {
      for (const page of PAGES) {
        const english = await article(env.page, `${env.url}/docs/${page}`, false);
        const localized = await article(env.page, `${env.url}/${locale}/docs/${page}`, true);
        expect({page, ids: localized.ids, text: localized.text}).toEqual({page, ids: english.ids, text: english.text});
        expect({page, counted: localized.counted}).toEqual({page, counted: localized.marked});
      }
    });
  }

  it('shows the zh-TW WebSockets page’s new English (the IIS heading, the notes) marked EN, and leaves out what the English dropped', async () => {
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/websockets`);
    const heading = env.page.locator('#enabling-websockets-on-iis .bi-untranslated .bi-t');
    expect(await heading.getAttribute('lang')).toBe('en');
    expect(await heading.textContent()).toBe('Enabling WebSockets on IIS');
    const text = await env.page.locator('.theme-doc-markdown').textContent();
    expect(text).not.toContain('scheduled for release with ASP.NET Core 2.1');
    expect(await env.page.locator('[data-english-obsolete]').getAttribute('data-english-obsolete')).not.toBe('0');
  });
});

describe('headings and tables of contents', () => {
  it('names each heading permalink by the heading’s text in the page’s language', async () => {
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/websockets`);
    expect(await env.page.getAttribute('#prerequisites .hash-link', 'aria-label')).toBe('必要條件的直接連結');
    await gotoHydrated(env.page, `${env.url}/docs/websockets`);
    expect(await env.page.getAttribute('#prerequisites .hash-link', 'aria-label')).toBe('Direct link to Prerequisites');
  });

  it('marks the English table of contents of a page not translated yet as English, and only there', async () => {
    const tocLang = () => env.page.$eval('.table-of-contents', (toc) => toc.closest('[lang]')?.getAttribute('lang'));
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/deployment`);
    expect(await tocLang()).toBe('en');
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/websockets`);
    expect(await tocLang()).toBe('zh-TW');
  });
});

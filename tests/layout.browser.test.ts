import {describe, expect, it} from 'vitest';
import {LOCALES} from '../src/core/i18n/locales';
import {gotoHydrated, openSitePage} from './siteHarness';

const env = openSitePage();

const PAGES = ['/', '/translation-status', '/docs/websockets', '/docs/api/closeoutputasync', '/docs/3427-websocketcloseoutputsent', '/docs/deployment'];
const MODES = ['translation', 'side', 'english'] as const;
const SCREENS = [
  {name: 'phone', width: 390, height: 844},
  {name: 'desktop', width: 1280, height: 900},
];

/**
 * What sticks out: the page's scroll width past the window, and any element of the article past
 * the article's right edge (over the table of contents), code blocks and tables aside (they scroll
 * in their own box).
 */
async function overflow(): Promise<{scrollWidth: number; outside: string[]}> {
  return env.page.evaluate(() => {
    const article = document.querySelector('article') ?? document.querySelector('main');
    const edge = Math.min(window.innerWidth, article?.getBoundingClientRect().right ?? Infinity) + 1;
    const outside = [...(article?.querySelectorAll('*') ?? [])]
      .filter((e) => !e.closest('pre, table') && e.getBoundingClientRect().right > edge)
      .slice(0, 3)
      .map((e) => `${e.tagName.toLowerCase()}.${String(e.className)}: ${Math.round(e.getBoundingClientRect().right)} px`);
    return {scrollWidth: document.documentElement.scrollWidth, outside};
  });
}

describe.each(SCREENS)('on a $name ($width px)', ({width, height}) => {
  it('no page in any locale or reading mode scrolls sideways or runs over the table of contents', async () => {
    await env.page.setViewportSize({width, height});
    const problems: string[] = [];
    for (const locale of LOCALES) {
      for (const path of PAGES) {
        const url = `${env.url}${locale === 'en' ? '' : `/${locale}`}${path}`;
        await gotoHydrated(env.page, url);
        for (const mode of MODES) {
          await env.page.evaluate((m) => document.documentElement.setAttribute('data-reading-mode', m), mode);
          const {scrollWidth, outside} = await overflow();
          if (scrollWidth > width || outside.length) problems.push(`${url} (${mode}): ${scrollWidth} px wide; ${outside.join('; ')}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('stacks side by side on the phone, the English under the translation, and keeps two columns on the desktop', async () => {
    await env.page.setViewportSize({width, height});
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/websockets`);
    await env.page.evaluate(() => document.documentElement.setAttribute('data-reading-mode', 'side'));
    const columns = await env.page.$eval('.theme-doc-markdown p .bi-seg', (n) => getComputedStyle(n).gridTemplateColumns.split(' ').length);
    expect(columns).toBe(width < 997 ? 1 : 2);
  });
});

import {describe, expect, it} from 'vitest';
import {gotoHydrated, openSitePage} from './siteHarness';

const env = openSitePage();

const tabStops = () => env.page.$$eval('.theme-doc-markdown .bi-seg', (nodes) => nodes.filter((n) => (n as HTMLElement).tabIndex === 0).length);

describe('the keyboard path through a bilingual page', () => {
  it('makes one Tab stop per block of sentences, the arrow keys moving between its sentences', async () => {
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/websockets`);
    const segments = await env.page.$$eval('.theme-doc-markdown .bi-seg', (nodes) => nodes.length);
    const stops = await tabStops();
    const blocks = await env.page.$$eval(
      '.theme-doc-markdown .bi-seg',
      (nodes) => new Set(nodes.map((n) => n.parentElement?.closest('p, li, td, th, h1, h2, h3, h4, h5, h6, dt, dd, figcaption'))).size,
    );
    // 88 sentences in 63 blocks on this page: one stop each, not one per sentence.
    expect(stops).toBe(blocks);
    expect(stops).toBeLessThan(segments);
    // A paragraph of three sentences: the first is the stop; → and ← move, End and Home jump.
    const ids = await env.page.$$eval('.theme-doc-markdown p', (ps) => {
      const p = ps.find((x) => x.querySelectorAll(':scope > .bi-seg').length >= 3);
      return [...(p?.querySelectorAll(':scope > .bi-seg') ?? [])].map((s) => s.getAttribute('data-seg'));
    });
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const focused = () => env.page.evaluate(() => document.activeElement?.getAttribute('data-seg'));
    await env.page.focus(`[data-seg="${ids[0]}"]`);
    await env.page.keyboard.press('ArrowRight');
    expect(await focused()).toBe(ids[1]);
    expect(await env.page.$eval(`[data-seg="${ids[1]}"]`, (n) => (n as HTMLElement).tabIndex)).toBe(0);
    expect(await env.page.$eval(`[data-seg="${ids[0]}"]`, (n) => (n as HTMLElement).tabIndex)).toBe(-1);
    await env.page.keyboard.press('End');
    expect(await focused()).toBe(ids.at(-1));
    await env.page.keyboard.press('Home');
    expect(await focused()).toBe(ids[0]);
    await env.page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe(ids[0]);
  });

  it('has no sentence Tab stops in English mode, where a sentence reveals nothing', async () => {
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/websockets`);
    await env.page.click('[data-reading-mode-button=english]');
    expect(await tabStops()).toBe(0);
    await env.page.click('[data-reading-mode-button=translation]');
    expect(await tabStops()).toBeGreaterThan(10);
  });

  it('reaches the demo’s Connect button from the top of the page in at most 60 Tab presses', async () => {
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/websockets`);
    await env.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const onConnect = () => env.page.evaluate(() => Boolean(document.activeElement?.matches('[data-demo="echo"] .button--primary')));
    const onSkipLink = () => env.page.evaluate(() => Boolean(document.activeElement?.matches('a.skip-to-demo')));
    let tabs = 0;
    while (tabs < 60 && !(await onSkipLink())) {
      await env.page.keyboard.press('Tab');
      tabs++;
    }
    expect(await env.page.evaluate(() => document.activeElement?.textContent)).toBe('跳至即時示範');
    await env.page.keyboard.press('Enter');
    await env.page.waitForSelector('[data-live] [data-demo="echo"]');
    while (tabs < 60 && !(await onConnect())) {
      await env.page.keyboard.press('Tab');
      tabs++;
    }
    expect(await onConnect()).toBe(true);
    expect(tabs).toBeLessThanOrEqual(60);
  });

  it('reaches Connect on the first pass with Tab alone, focus never falling to the page body as the demo goes live', async () => {
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/websockets`);
    const stops = await env.page.$$eval('a[href], button, input, select, textarea, [tabindex="0"]', (nodes) => nodes.length);
    let tabs = 0;
    let onBody = 0;
    for (; tabs < stops; tabs++) {
      if (await env.page.evaluate(() => Boolean(document.activeElement?.matches('[data-demo="echo"] .button--primary')))) break;
      await env.page.keyboard.press('Tab');
      if (await env.page.evaluate(() => document.activeElement === document.body)) onBody++;
    }
    expect(tabs).toBeLessThan(stops);
    expect(onBody).toBe(0);
    await env.page.waitForSelector('[data-live] [data-demo="echo"]');
    expect(await env.page.evaluate(() => document.activeElement?.matches('[data-demo="echo"] .button--primary'))).toBe(true);
  });

  it('says “skip to main content” in traditional Chinese', async () => {
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/websockets`);
    expect(await env.page.$eval('[class*="skipToContent"], a[href="#__docusaurus_skipToContent_fallback"]', (n) => n.textContent)).toBe('跳至主要內容');
  });
});

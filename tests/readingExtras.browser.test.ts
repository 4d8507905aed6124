import {describe, expect, it} from 'vitest';
import {gotoHydrated, openSitePage} from './siteHarness';

const env = openSitePage();

describe('copying, printing and the controls a page shows', () => {
  it('copies one language, the column the selection started in, across sentences in Side by side', async () => {
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/websockets`);
    await env.page.click('[data-reading-mode-button=side]');
    const copied = await env.page.evaluate(() => {
      const [first, second] = [...document.querySelectorAll('.theme-doc-markdown p')].filter((p) => p.querySelectorAll(':scope > .bi-seg').length >= 2);
      const from = first?.querySelector('.bi-seg > .bi-t')?.firstChild;
      const to = second?.querySelector('.bi-seg > .bi-t')?.lastChild;
      if (!from || !to) throw new Error('no paragraphs of two sentences');
      const range = document.createRange();
      range.setStart(from, 0);
      range.setEnd(to, (to.textContent ?? '').length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      let text = '';
      // Registered after the page's own copy handler, so it reads what that one wrote.
      document.addEventListener('copy', (event) => (text = event.clipboardData?.getData('text/plain') ?? ''), {once: true});
      document.execCommand('copy');
      return text;
    });
    expect(copied).toContain('本文說明如何在 ASP.NET Core 中開始使用 WebSocket。');
    expect(copied).not.toMatch(/[A-Za-z]{3,} (the|to|of|and) [A-Za-z]{3,}/);
    expect(copied.split('\n').length).toBeGreaterThanOrEqual(2);
    await env.page.click('[data-reading-mode-button=translation]');
  });

  it('prints the article in the reading mode, without navigation, popups or the demo', async () => {
    await gotoHydrated(env.page, `${env.url}/ja-JP/docs/websockets`);
    await env.page.focus('.theme-doc-markdown p .bi-seg');
    await env.page.emulateMedia({media: 'print'});
    const shown = (selector: string) => env.page.$$eval(selector, (nodes) => nodes.filter((n) => getComputedStyle(n).display !== 'none').length);
    expect(await shown('[data-demo-slot], .navbar, .theme-doc-sidebar-container')).toBe(0);
    expect(await shown('.theme-doc-markdown .bi-s')).toBe(0);
    expect(await shown('.theme-doc-markdown .bi-t')).toBeGreaterThan(50);
    await env.page.emulateMedia({media: 'screen'});
  });

  it('shows the reading-mode switch only on pages it changes', async () => {
    const switches = () => env.page.locator('.navbar [data-reading-mode-control]').count();
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/websockets`);
    expect(await switches()).toBe(1);
    for (const path of ['/zh-TW/docs/deployment', '/zh-TW/', '/docs/websockets', '/pt-BR/translation-status']) {
      await gotoHydrated(env.page, `${env.url}${path}`);
      expect({path, switches: await switches()}).toEqual({path, switches: 0});
    }
  });

  it('puts a requested or remembered version in the address, and says when a page has no such version', async () => {
    await gotoHydrated(env.page, `${env.url}/docs/websockets?view=aspnetcore-9.9`);
    expect(await env.page.textContent('[data-moniker-unknown]')).toBe('This page has no version “aspnetcore-9.9”: it shows ASP.NET Core 2.2.');
    expect(new URL(env.page.url()).searchParams.get('view')).toBe('aspnetcore-2.2');
    await env.page.selectOption('[data-moniker-picker]', 'aspnetcore-1.1');
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/websockets`);
    await env.page.waitForFunction(() => new URL(location.href).searchParams.get('view') === 'aspnetcore-1.1');
    expect(await env.page.locator('[data-moniker-unknown]').count()).toBe(0);
    await env.page.evaluate(() => localStorage.clear());
  });
});

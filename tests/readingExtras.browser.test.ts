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
    // Shown ones: the navbar renders before the page, and CSS shows the switch where the page is translated.
    const switches = () =>
      env.page.$$eval('.navbar [data-reading-mode-control]', (nodes) => nodes.filter((n) => getComputedStyle(n).display !== 'none').length);
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/websockets`);
    expect(await switches()).toBe(1);
    for (const path of ['/zh-TW/docs/deployment', '/zh-TW/', '/docs/websockets', '/pt-BR/translation-status']) {
      await gotoHydrated(env.page, `${env.url}${path}`);
      expect({path, switches: await switches()}).toEqual({path, switches: 0});
    }
  });

  it('puts a requested or remembered version in the address, says when a page has no such version, and which versions read the same', async () => {
    await gotoHydrated(env.page, `${env.url}/docs/websockets?view=aspnetcore-9.9`);
    expect(await env.page.textContent('[data-moniker-unknown]')).toBe('This page has no version “aspnetcore-9.9”: it shows ASP.NET Core 2.2.');
    expect(new URL(env.page.url()).searchParams.get('view')).toBe('aspnetcore-2.2');
    // Its zones read the same from 2.0 to 2.2; 1.1 has its own.
    expect(await env.page.textContent('[data-moniker-same]')).toBe('The same content for ASP.NET Core 2.0, ASP.NET Core 2.1, ASP.NET Core 2.2.');
    await env.page.selectOption('[data-moniker-picker]', 'aspnetcore-1.1');
    expect(await env.page.locator('[data-moniker-same]').count()).toBe(0);
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/websockets`);
    await env.page.waitForFunction(() => new URL(location.href).searchParams.get('view') === 'aspnetcore-1.1');
    expect(await env.page.locator('[data-moniker-unknown]').count()).toBe(0);
    await env.page.evaluate(() => localStorage.clear());
  });
});

describe('editing a page and reporting a problem', () => {
  const editLink = () => env.page.evaluate(() => document.querySelector<HTMLAnchorElement>('.theme-edit-this-page')?.href);
  const report = () =>
    env.page.$eval('[data-report-problem]', (a) => {
      const form = new URL((a as HTMLAnchorElement).href).searchParams;
      return {text: a.textContent, sentence: a.getAttribute('data-report-problem'), title: form.get('title'), body: form.get('body') ?? ''};
    });

  it('edits the file the page was built from: the localized file, else the English', async () => {
    const edits: Record<string, string | undefined> = {};
    for (const path of ['/docs/websockets', '/zh-TW/docs/websockets', '/ja-JP/docs/api/closeoutputasync', '/zh-TW/docs/deployment']) {
      await gotoHydrated(env.page, `${env.url}${path}`);
      edits[path] = (await editLink())?.replace(/^.*\/edit\/main\//, '');
    }
    expect(edits).toEqual({
      '/docs/websockets': 'docs/websockets.md',
      '/zh-TW/docs/websockets': 'i18n/zh-TW/docusaurus-plugin-content-docs/current/websockets.md',
      '/ja-JP/docs/api/closeoutputasync': 'docs/api/closeoutputasync.md',
      '/zh-TW/docs/deployment': 'docs/deployment.md',
    });
  });

  it('prefills a report with the page, and with the sentence the reader focused or selected text in', async () => {
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/websockets`);
    const page = await report();
    expect(page).toMatchObject({text: '回報翻譯問題', sentence: '', title: '[zh-TW] ASP.NET Core 中的 WebSockets 支援'});
    expect(page.body).toContain('File: i18n/zh-TW/docusaurus-plugin-content-docs/current/websockets.md');
    expect(page.body).not.toContain('Sentence:');

    const focused = env.page.locator('.theme-doc-markdown p .bi-seg').nth(1);
    await focused.focus();
    const id = await focused.getAttribute('data-seg');
    const [translation, english] = await focused.evaluate((s) => [
      s.querySelector(':scope > .bi-t')?.textContent,
      s.querySelector(':scope > .bi-s')?.textContent,
    ]);
    const chosen = await report();
    expect(chosen.sentence).toBe(id);
    expect(chosen.title).toBe(`[zh-TW] ASP.NET Core 中的 WebSockets 支援 (sentence ${id})`);
    expect(chosen.body).toContain(`Sentence: ${id}\nTranslation: ${translation}\nEnglish: ${english}`);
    expect(chosen.text).toBe(`回報翻譯問題關於這個句子：${translation}`);

    // Selecting words of another sentence, with the mouse, chooses that one.
    const selected = env.page.locator('.theme-doc-markdown li .bi-seg').first();
    await selected.locator('.bi-t').selectText();
    expect((await report()).sentence).toBe(await selected.getAttribute('data-seg'));

    // The next page starts with none.
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/3427-websocketcloseoutputsent`);
    expect((await report()).sentence).toBe('');
    await gotoHydrated(env.page, `${env.url}/docs/websockets`);
    expect((await report()).text).toBe('Report a problem with this page');
  });
});

describe('on a phone and in tables', () => {
  it('breaks long identifiers in headings between their words, with nothing off the screen', async () => {
    await env.page.setViewportSize({width: 390, height: 844});
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/3427-websocketcloseoutputsent`);
    const h1 = await env.page.$eval('h1', (n) => ({wbr: n.querySelectorAll('.bi-t wbr').length, fits: n.scrollWidth <= n.clientWidth}));
    expect(h1).toEqual({wbr: 4, fits: true});
    await env.page.setViewportSize({width: 1280, height: 900});
  });

  it('shows the English under the whole paragraph, and inside a table cell rather than cut off by the table', async () => {
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/websockets`);
    const paragraph = env.page.locator('.theme-doc-markdown p:has(> .bi-seg + .bi-seg)').first();
    await paragraph.locator(':scope > .bi-seg').first().hover();
    const boxes = await paragraph.evaluate((p) => ({
      p: p.getBoundingClientRect().bottom,
      en: p.querySelector(':scope > .bi-seg > .bi-s')!.getBoundingClientRect().top,
    }));
    expect(boxes.en).toBeGreaterThanOrEqual(boxes.p);
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/3427-websocketcloseoutputsent`);
    const cell = env.page.locator('.theme-doc-markdown td .bi-seg').last();
    await cell.hover();
    const inTable = await cell.evaluate((seg) => {
      const english = seg.querySelector(':scope > .bi-s')!.getBoundingClientRect();
      const table = seg.closest('table')!.getBoundingClientRect();
      return english.height > 0 && english.top >= table.top && english.bottom <= table.bottom && english.right <= table.right + 1;
    });
    expect(inTable).toBe(true);
  });

  it('reads the translation status on a phone as one card per page, with nothing to scroll sideways', async () => {
    await env.page.setViewportSize({width: 390, height: 844});
    await gotoHydrated(env.page, `${env.url}/pt-BR/translation-status`);
    const layout = await env.page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      header: document.querySelector('thead')!.getBoundingClientRect().height,
      label: getComputedStyle(document.querySelector('td')!, '::before').content,
    }));
    expect(layout).toEqual({page: 390, header: 1, label: '"Página"'});
    await env.page.setViewportSize({width: 1280, height: 900});
  });
});

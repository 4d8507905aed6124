import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {loadProject} from '../src/project/project';
import {computeStatus} from '../src/project/status';
import {LOCALIZED_SEEDS} from '../src/core/markdown/__tests__/seeds';
import {axeViolations} from './axe';
import {gotoHydrated, openSitePage} from './siteHarness';

const env = openSitePage();

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The segments the remark plugin test recorded for a seed: id, translation text, English text. */
function expectedSegments(seed: string): Array<{id: string; t: string; s: string}> {
  const file = join(__dirname, '../src/docusaurus/remark/__tests__/__fixtures__', `${seed}.segments.json`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

async function pageSegments(): Promise<Array<{id: string; t: string; s: string}>> {
  return env.page.$$eval('.theme-doc-markdown .bi-seg', (nodes) =>
    nodes.map((n) => ({
      id: n.getAttribute('data-seg') ?? '',
      t: n.querySelector(':scope > .bi-t')?.textContent ?? '',
      s: n.querySelector(':scope > .bi-s')?.textContent ?? '',
    })),
  );
}

const display = (selector: string) => env.page.$eval(selector, (n) => getComputedStyle(n).display);

const websocketSeeds = LOCALIZED_SEEDS.filter((s) => s.docId === 'websockets');

describe.each(websocketSeeds)('the $locale WebSockets page', ({locale, name}) => {
  beforeAll(async () => {
    await gotoHydrated(env.page, `${env.url}/${locale}/docs/websockets`);
    await env.page.evaluate(() => localStorage.clear());
    await env.page.reload();
    await env.page.waitForSelector('html[data-has-hydrated=true]');
  });

  it('shows every segment of the seed the current English still has, with its translation and its English, and the new English in place', async () => {
    const marked = (state: string) => env.page.$$eval(`.theme-doc-markdown .bi-${state}`, (n) => n.map((e) => e.getAttribute('data-seg')));
    const stale = new Set(await marked('stale'));
    const untranslated = new Set(await marked('untranslated'));
    // A stale sentence shows the current English instead of the English it was translated from.
    const shown = (await pageSegments()).map(({id, t, s}) => ({id, t: squash(t), s: stale.has(id) ? '(current English)' : squash(s)}));
    const fromSeed = shown.filter(({id}) => !untranslated.has(id));
    const seed = expectedSegments(name).map(({id, t, s}) => ({id, t: squash(t), s: stale.has(id) ? '(current English)' : squash(s)}));
    const shownIds = new Set(fromSeed.map(({id}) => id));
    // The seed's segments in order, less those whose English the 2018-06 page dropped (zh-TW and ja-JP translate the 2018-02 page).
    expect(fromSeed).toEqual(seed.filter(({id}) => shownIds.has(id)));
    expect(seed.length - fromSeed.length).toBe(locale === 'pt-BR' ? 0 : 10);
    expect([stale.size, untranslated.size]).toEqual(locale === 'pt-BR' ? [0, 0] : [3, 6]);
    // A new sentence shows its English in the translation's place.
    expect(shown.filter(({id}) => untranslated.has(id)).every(({t, s}) => t === s)).toBe(true);
    const html = await env.page.content();
    expect(html).not.toMatch(/data-ttu-id|sxs-lookup|&lt;span|\[!NOTE\]|\[!code-/);
  });

  it('marks the languages and keeps English anchors as heading ids', async () => {
    expect(await env.page.$eval('html', (n) => n.lang)).toBe(locale);
    const lang = (selector: string) => env.page.$$eval(selector, (n) => [...new Set(n.map((e) => e.getAttribute('lang')))]);
    expect(await lang('.theme-doc-markdown .bi-seg:not(.bi-untranslated) > .bi-t')).toEqual([locale]);
    expect(await lang('.theme-doc-markdown .bi-untranslated > .bi-t')).toEqual(locale === 'pt-BR' ? [] : ['en']);
    expect(await lang('.theme-doc-markdown .bi-s')).toEqual(['en']);
    expect(await env.page.$eval('h2#iisiis-express-support .bi-t', (n) => n.textContent)).not.toBe('');
    const toc = await env.page.$$eval('.table-of-contents a', (links) => links.map((a) => [a.getAttribute('href'), (a as HTMLElement).innerText]));
    expect(toc[0]?.[0]).toBe('#prerequisites');
    expect(toc.every(([, text]) => !/Prerequisites|IIS\/IIS Express support$/.test(text ?? ''))).toBe(true);
  });

  it('reveals the English of a sentence by keyboard focus, below the sentence', async () => {
    expect(await display('.theme-doc-markdown p .bi-seg >> nth=0 >> .bi-s')).toBe('none');
    let focused = '';
    for (let i = 0; i < 60 && !focused; i++) {
      await env.page.keyboard.press('Tab');
      focused = await env.page.evaluate(() =>
        document.activeElement?.closest('.theme-doc-markdown p') ? (document.activeElement.getAttribute('data-seg') ?? '') : '',
      );
    }
    expect(focused).not.toBe('');
    const boxes = await env.page.evaluate(() => {
      const seg = document.activeElement!;
      const english = seg.querySelector(':scope > .bi-s') as HTMLElement;
      return {display: getComputedStyle(english).display, seg: seg.getBoundingClientRect().toJSON(), en: english.getBoundingClientRect().toJSON()};
    });
    expect(boxes.display).toBe('block');
    // Below the sentence: the text being read stays uncovered.
    expect(boxes.en.top).toBeGreaterThanOrEqual(boxes.seg.bottom);
  });

  it('switches side by side and English from the navbar, keeping the reading position', async () => {
    const target = env.page.locator('.theme-doc-markdown h2#iisiis-express-support');
    // The reader is at this heading: it is the first thing under the navbar.
    await target.evaluate((n) => window.scrollBy({top: n.getBoundingClientRect().top - 70, behavior: 'instant'}));
    const before = await target.evaluate((n) => n.getBoundingClientRect().top);
    await env.page.click('[data-reading-mode-button=side]');
    expect(await display('.theme-doc-markdown p .bi-seg >> nth=0 >> .bi-s')).toBe('block');
    expect(await display('.theme-doc-markdown p .bi-seg >> nth=0')).toBe('grid');
    const after = await target.evaluate((n) => n.getBoundingClientRect().top);
    expect(Math.abs(after - before)).toBeLessThan(2);
    await env.page.click('[data-reading-mode-button=english]');
    expect(await display('.theme-doc-markdown p .bi-seg >> nth=0 >> .bi-t')).toBe('none');
    expect(await display('.theme-doc-markdown p .bi-seg >> nth=0 >> .bi-s')).toBe('inline');
  });

  it('remembers the mode across pages and visits', async () => {
    await gotoHydrated(env.page, `${env.url}/${locale}/docs/api/closeoutputasync`);
    expect(await env.page.$eval('html', (n) => n.getAttribute('data-reading-mode'))).toBe('english');
    await gotoHydrated(env.page, `${env.url}/${locale}/docs/websockets`);
    expect(await display('.theme-doc-markdown p .bi-seg >> nth=0 >> .bi-t')).toBe('none');
    expect(await env.page.$eval('[data-reading-mode-button=english]', (n) => n.getAttribute('aria-pressed'))).toBe('true');
    await env.page.click('[data-reading-mode-button=translation]');
    expect(await display('.theme-doc-markdown p .bi-seg >> nth=0 >> .bi-s')).toBe('none');
  });

  it('passes an axe scan', async () => {
    expect(await axeViolations(env.page)).toEqual([]);
  });
});

describe('pages whose English moved on', () => {
  it('say how many sentences differ and show the current English of a stale one', async () => {
    await gotoHydrated(env.page, `${env.url}/ja-JP/docs/websockets`);
    // 3 stale and 6 new sentences are marked; 10 translations of English the page dropped are left out.
    expect(await env.page.$eval('[data-english-drift]', (n) => n.textContent)).toBe(
      '9 個の文が現在の英語版と異なります。 該当する文は本文中でマークされています。フォーカスするかポインターを重ねると、現在の英語を読めます。 翻訳済みの 10 文は英語版から削除されたため、表示していません。',
    );
    const staleEnglish = await env.page.$$eval('.bi-stale > .bi-s', (n) => n.map((e) => e.textContent));
    expect(staleEnglish).toContain('How to use WebSockets');
    await gotoHydrated(env.page, `${env.url}/pt-BR/docs/websockets`);
    expect(await env.page.$$eval('[data-english-drift]', (n) => n.length)).toBe(0);
  });
});

describe('the translation status page', () => {
  it('shows each locale and page from l10n status, accessibly', async () => {
    await gotoHydrated(env.page, `${env.url}/pt-BR/translation-status`);
    const status = await computeStatus(loadProject(process.cwd()));
    // The reader's locale first.
    const ordered = [...status.filter((l) => l.locale === 'pt-BR'), ...status.filter((l) => l.locale !== 'pt-BR')];
    expect(await env.page.$$eval('[data-status-locale] h2', (n) => n.map((h) => h.textContent))).toEqual(ordered.map((l) => `${l.locale}: ${l.percent}%`));
    expect(await env.page.$eval('[data-status-locale=ja-JP] [data-status-page="websockets.md"] td:last-child', (n) => n.textContent)).toBe('73 / 5 / 6 / 10');
    // Each page by its title, linked to that locale's page, its path beside it.
    expect(
      await env.page.$eval('[data-status-locale=ja-JP] [data-status-page="websockets.md"] td:first-child', (n) => [
        n.querySelector('a')?.getAttribute('href'),
        n.querySelector('a')?.textContent,
        n.querySelector('code')?.textContent,
      ]),
    ).toEqual(['/ja-JP/docs/websockets', 'ASP.NET Core での Websocket のサポート', 'websockets.md']);
    expect(await axeViolations(env.page)).toEqual([]);
  });

  it('filters pages by path or title and by state, and sorts by the work they need', async () => {
    await gotoHydrated(env.page, `${env.url}/ja-JP/translation-status`);
    const rows = (locale: string) =>
      env.page.$$eval(`[data-status-locale=${locale}] [data-status-page]`, (n) => n.map((r) => r.getAttribute('data-status-page')));
    const all = await rows('ja-JP');
    expect(all.length).toBeGreaterThan(3);
    const status = (await computeStatus(loadProject(process.cwd()))).find((l) => l.locale === 'ja-JP')!;
    // Most work first within the root folder: untranslated plus stale, descending.
    const work = new Map(status.pages.map((p) => [p.page, p.untranslated + p.stale]));
    const rootRows = await env.page.$$eval('[data-status-locale=ja-JP] > div > table [data-status-page]', (n) =>
      n.map((r) => r.getAttribute('data-status-page') ?? ''),
    );
    expect(rootRows.map((p) => work.get(p))).toEqual(rootRows.map((p) => work.get(p)).sort((a = 0, b = 0) => b - a));
    await env.page.fill('[data-status-query]', 'CloseOutputAsync');
    await env.page.waitForFunction(() => document.querySelectorAll('[data-status-locale=ja-JP] [data-status-page]').length === 1);
    expect(await rows('ja-JP')).toEqual(['api/closeoutputasync.md']);
    expect(await env.page.$eval('[data-status-locale=ja-JP] [data-status-shown]', (n) => n.textContent)).toBe(`${all.length} ページ中 1 ページが一致`);
    await env.page.fill('[data-status-query]', '');
    await env.page.selectOption('[data-status-state]', 'missing');
    const missing = status.pages.filter((p) => !p.exists).map((p) => p.page);
    await env.page.waitForFunction((n) => document.querySelectorAll('[data-status-locale=ja-JP] [data-status-page]').length === n, missing.length);
    expect((await rows('ja-JP')).sort()).toEqual(missing.sort());
  });
});

describe('provenance and missing translations', () => {
  it('says a page is a human or a machine translation and of which English', async () => {
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/websockets`);
    expect(await env.page.$eval('[data-provenance]', (n) => [n.getAttribute('data-provenance'), n.querySelector('time')?.getAttribute('datetime')])).toEqual([
      'human',
      '2018-02-15',
    ]);
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/3427-websocketcloseoutputsent`);
    expect(await env.page.$eval('[data-provenance]', (n) => n.getAttribute('data-provenance'))).toBe('machine');
  });

  it('shows English with a localized notice where no translation exists, not indexed as a duplicate', async () => {
    await gotoHydrated(env.page, `${env.url}/ja-JP/docs/api/closeoutputasync`);
    expect(await env.page.$eval('[data-provenance=untranslated]', (n) => n.textContent)).toContain('英語で表示');
    expect(await env.page.$eval('meta[name=robots]', (n) => n.getAttribute('content'))).toBe('noindex');
    expect(await env.page.$eval('.theme-doc-markdown h1', (n) => n.textContent)).toContain('AspNetWebSocket.CloseOutputAsync');
  });

  it('links every locale that translates the page with hreflang alternates, once hydrated too', async () => {
    const langs = () => env.page.$$eval('link[rel=alternate][hreflang]', (n) => n.map((l) => l.getAttribute('hreflang')).sort());
    await gotoHydrated(env.page, `${env.url}/pt-BR/docs/websockets`);
    expect(await langs()).toEqual(['en', 'ja-JP', 'pt-BR', 'x-default', 'zh-TW']);
    await gotoHydrated(env.page, `${env.url}/ja-JP/docs/3427-websocketcloseoutputsent`);
    expect(await langs()).toEqual(['en', 'x-default', 'zh-TW']);
    // An unknown address shows the 404 page, with no canonical URL naming it.
    await gotoHydrated(env.page, `${env.url}/ja-JP/docs/no-such-page`);
    expect(await env.page.$$eval('link[rel=canonical], link[rel=alternate][hreflang]', (n) => n.length)).toBe(0);
  });
});

import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {ensureSiteBuilt} from './siteHarness';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'assets' ? [] : htmlFiles(path);
    return entry.endsWith('.html') ? [path] : [];
  });
}

/** The rendered text of a page, without scripts, styles and tags. */
function visibleText(html: string): string {
  return html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ');
}

describe('the built site', () => {
  beforeAll(() => ensureSiteBuilt());

  it('has no raw DocFX or span syntax left on any page in any locale', () => {
    const pages = htmlFiles('build').filter((p) => p.includes('/docs/'));
    expect(pages.length).toBe(16); // 4 doc pages × 4 locales
    const leftovers = pages.flatMap((page) => {
      const html = readFileSync(page, 'utf8');
      const text = visibleText(html);
      return ['[!code', '::: moniker', '[!NOTE]', '[!note]', 'xref:', 'sxs-lookup', 'data-ttu-id']
        .filter((needle) => text.includes(needle) || html.includes(`href="${needle}`) || html.includes(`href=${needle}`))
        .map((needle) => `${page}: ${needle}`);
    });
    expect(leftovers).toEqual([]);
  });

  it('has brotli and gzip copies of every text file worth compressing, the files plugins write last included', () => {
    const all = (dir: string): string[] =>
      readdirSync(dir).flatMap((entry) => (statSync(join(dir, entry)).isDirectory() ? all(join(dir, entry)) : [join(dir, entry)]));
    const files = all('build');
    const present = new Set(files);
    const text = files.filter((f) => /\.(html|js|css|json|xml)$/.test(f) && statSync(f).size >= 1024);
    // Written in postBuild while the rest is compressed: the sitemaps, and the search index with its own copies.
    const late = text.filter((f) => f.endsWith('sitemap.xml') || f.includes('/search/'));
    expect(late.length).toBeGreaterThan(40);
    expect(text.filter((f) => !present.has(`${f}.br`) || !present.has(`${f}.gz`))).toEqual([]);
  });

  it('marks the English of a page with no translation yet as English, and a translated page’s article as not', () => {
    const build = join(__dirname, '../build');
    const fallback = readFileSync(join(build, 'pt-BR/docs/3427-websocketcloseoutputsent.html'), 'utf8');
    expect(fallback).toMatch(/<div lang="?en"?><div class="?theme-doc-markdown markdown"?>/);
    const translated = readFileSync(join(build, 'pt-BR/docs/websockets.html'), 'utf8');
    expect(translated).not.toMatch(/<div lang="?en"?><div class="?theme-doc-markdown/);
  });

  it('describes each doc page in its own language: its first paragraph of prose, never the byline or both languages', () => {
    const description = (page: string) =>
      /name="?description"? content=("[^"]*"|[^ >]+)/.exec(readFileSync(join('build', page), 'utf8'))?.[1]?.replace(/^"|"$/g, '');
    expect(description('docs/websockets.html')).toMatch(/^This article explains how to get started with WebSockets in ASP\.NET Core\./);
    // The translation's own front matter description.
    expect(description('zh-TW/docs/websockets.html')).toBe('了解如何在 ASP.NET Core 中開始使用 WebSocket。');
    // A table first, then prose: the prose, in the translation only ("屬性Properties" before).
    expect(description('zh-TW/docs/3427-websocketcloseoutputsent.html')).toMatch(/^[^A-Za-z]*WebSocket[^A-Za-z]*$/);
  });

  it('orders each locale’s sidebar as the English: the main article first, its previous/next links following it', () => {
    for (const locale of ['', 'zh-TW/', 'ja-JP/']) {
      const html = readFileSync(join('build', `${locale}docs/websockets.html`), 'utf8');
      const sidebar = /<nav[^>]*class="?[^">]*menu[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
      const links = [...sidebar.matchAll(/href="?([^" >]+)/g)].map((m) => m[1]?.replace(/^\/(zh-TW|ja-JP)/, ''));
      expect(links.slice(0, 2)).toEqual(['/docs/websockets', '/docs/3427-websocketcloseoutputsent']);
      expect(html).toMatch(/class="?pagination-nav__link pagination-nav__link--next"? href="?\/(zh-TW\/|ja-JP\/)?docs\/3427-websocketcloseoutputsent/);
      expect(html).not.toMatch(/pagination-nav__link--prev/);
    }
  });

  it('lists each locale’s pages in its sitemap with their translations as alternates, never a noindex fallback', () => {
    const sitemap = (locale: string) => readFileSync(join('build', locale, 'sitemap.xml'), 'utf8');
    const alternates = (xml: string, loc: string) => {
      const url = new RegExp(`<url><loc>${loc.replace(/[.]/g, '\\.')}</loc>(.*?)</url>`).exec(xml)?.[1] ?? '';
      return [...url.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1]);
    };
    const english = sitemap('');
    expect(alternates(english, 'http://localhost:5000/docs/websockets')).toEqual(['en', 'zh-TW', 'pt-BR', 'ja-JP', 'x-default']);
    // The 3427 page is translated in zh-TW only: pt-BR and ja-JP show the English (noindex).
    expect(alternates(english, 'http://localhost:5000/docs/3427-websocketcloseoutputsent')).toEqual(['en', 'zh-TW', 'x-default']);
    const ptBR = sitemap('pt-BR');
    expect(ptBR).toContain('<loc>http://localhost:5000/pt-BR/docs/websockets</loc>');
    expect(ptBR).not.toContain('<loc>http://localhost:5000/pt-BR/docs/3427-websocketcloseoutputsent</loc>');
    expect(ptBR).not.toContain('404');
    expect(readFileSync(join('build', 'robots.txt'), 'utf8')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: http://localhost:5000/sitemap.xml\nSitemap: http://localhost:5000/zh-TW/sitemap.xml\nSitemap: http://localhost:5000/pt-BR/sitemap.xml\nSitemap: http://localhost:5000/ja-JP/sitemap.xml\n',
    );
  });

  it('names in each page’s head only the translations that exist, and in the 404 page no canonical URL or alternates, but the ways on', () => {
    const head = (page: string) => {
      const html = readFileSync(join('build', page), 'utf8');
      return {
        canonical: /rel="?canonical"? href="?([^" >]+)/.exec(html)?.[1],
        hreflang: [...html.matchAll(/rel="?alternate"? href="?[^" >]+"? hreflang="?([^" >/]+)/g)].map((m) => m[1]),
        html,
      };
    };
    expect(head('docs/3427-websocketcloseoutputsent.html')).toMatchObject({
      canonical: 'http://localhost:5000/docs/3427-websocketcloseoutputsent',
      hreflang: ['en', 'zh-TW', 'x-default'],
    });
    const notFound = head('zh-TW/404.html');
    expect({canonical: notFound.canonical, hreflang: notFound.hreflang}).toEqual({canonical: undefined, hreflang: []});
    expect(notFound.html).toMatch(/data-not-found-links=""?><ul><li><a href="?\/zh-TW\/"?>前往首頁<\/a><li><a href="?\/zh-TW\/docs\/websockets"?>閱讀文件/);
  });

  it('shows the code regions with their highlighted line', () => {
    const html = readFileSync('build/pt-BR/docs/websockets.html', 'utf8');
    expect(html).toContain('AcceptWebSocketAsync');
    expect(html.match(/theme-code-block-highlighted-line/g)?.length).toBe(2);
  });

  it('writes every page in place: no content left to an inline script to move in after load', () => {
    const pages = htmlFiles('build');
    expect(pages.length).toBeGreaterThanOrEqual(24);
    // React's server renderer sends a large Suspense boundary's content apart, in a hidden element
    // (id "S:n") moved into place by script, and marks the boundary <!--$?-->.
    const deferred = pages.filter((page) => /<!--\$\?-->|hidden id="?S:\d/.test(readFileSync(page, 'utf8')));
    expect(deferred).toEqual([]);
    // The demo is part of every doc page's HTML.
    expect(pages.filter((page) => page.includes('/docs/') && !/<section[^>]* data-demo=/.test(readFileSync(page, 'utf8')))).toEqual([]);
  });

  it('keeps Prism out of every locale’s start-up bundle, in a chunk of its own', () => {
    const scripts = readdirSync('build/assets/js').filter((f) => f.endsWith('.js'));
    // A string of Prism's core, which prism-react-renderer bundles.
    const hasPrism = (file: string) => readFileSync(join('build/assets/js', file), 'utf8').includes('before-tokenize');
    expect(scripts.filter((f) => f.startsWith('main.') && hasPrism(f))).toEqual([]);
    expect(scripts.filter((f) => !f.startsWith('main.') && hasPrism(f)).length).toBe(1);
    for (const locale of ['zh-TW', 'pt-BR', 'ja-JP']) {
      const main = readdirSync(`build/${locale}/assets/js`).filter((f) => /^main\..*\.js$/.test(f));
      expect(main.filter((f) => readFileSync(join(`build/${locale}/assets/js`, f), 'utf8').includes('before-tokenize'))).toEqual([]);
    }
  });
});

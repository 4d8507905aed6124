import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import {buildOutputsWritten} from '../../build/buildOutputs';
import sitemapPlugin from '../sitemapPlugin';

const i18n = {
  defaultLocale: 'en',
  locales: ['en', 'ja-JP'],
  currentLocale: 'en',
  localeConfigs: {en: {htmlLang: 'en', path: 'en'}, 'ja-JP': {htmlLang: 'ja-JP', path: 'ja-JP'}},
};

describe('sitemapPlugin', () => {
  it('writes URLs on the configured site URL (SITE_URL), with the translations that exist, and robots.txt', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'sitemap-'));
    const plugin = sitemapPlugin({siteConfig: {url: 'https://docs.example.org'}, i18n} as unknown as LoadContext);
    const status = [
      {
        locale: 'ja-JP',
        pages: [
          {page: 'a.md', exists: true, translated: 3},
          {page: 'b.md', exists: false, translated: 0},
        ],
      },
    ];
    await plugin.postBuild?.({
      outDir,
      baseUrl: '/',
      routesPaths: ['/', '/docs/a', '/docs/b', '/docs/hidden', '/404.html'],
      routesBuildMetadata: {'/docs/hidden': {noIndex: true}},
      plugins: [{name: 'translation-status', content: status}],
    } as unknown as Parameters<NonNullable<Plugin['postBuild']>>[0]);
    await buildOutputsWritten(outDir);
    expect(readFileSync(join(outDir, 'sitemap.xml'), 'utf8')).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
        '<url><loc>https://docs.example.org/</loc><xhtml:link rel="alternate" hreflang="en" href="https://docs.example.org/"/><xhtml:link rel="alternate" hreflang="ja-JP" href="https://docs.example.org/ja-JP/"/><xhtml:link rel="alternate" hreflang="x-default" href="https://docs.example.org/"/></url>',
        '<url><loc>https://docs.example.org/docs/a</loc><xhtml:link rel="alternate" hreflang="en" href="https://docs.example.org/docs/a"/><xhtml:link rel="alternate" hreflang="ja-JP" href="https://docs.example.org/ja-JP/docs/a"/><xhtml:link rel="alternate" hreflang="x-default" href="https://docs.example.org/docs/a"/></url>',
        '<url><loc>https://docs.example.org/docs/b</loc><xhtml:link rel="alternate" hreflang="en" href="https://docs.example.org/docs/b"/><xhtml:link rel="alternate" hreflang="x-default" href="https://docs.example.org/docs/b"/></url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://docs.example.org/sitemap.xml\nSitemap: https://docs.example.org/ja-JP/sitemap.xml\n',
    );
  });
});

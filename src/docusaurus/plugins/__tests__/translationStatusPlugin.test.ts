import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {englishSentences} from '../../../core/l10n/englishSentences';
import type * as EnglishSentencesModule from '../../../core/l10n/englishSentences';
import type {LocaleStatus} from '../../../project/status';
import type {LocaleRows} from '../../../core/l10n/statusTree';
import {englishSentencesOf} from '../../englishSentenceCache';
import translationStatusPlugin, {withTranslatedIn} from '../translationStatusPlugin';
import {copySite} from '../../../../scripts/l10n/__tests__/site';

vi.mock('../../../core/l10n/englishSentences', async (original) => {
  const actual = await original<typeof EnglishSentencesModule>();
  return {...actual, englishSentences: vi.fn(actual.englishSentences)};
});

describe('translationStatusPlugin', () => {
  it('computes the status once per content and leaves each English page’s sentences for the drift plugin', async () => {
    const siteDir = copySite();
    const plugin = translationStatusPlugin({siteDir, baseUrl: '/zh-TW/'});
    const status = (await plugin.loadContent?.()) as LocaleStatus[];
    expect(status.map((s) => s.locale)).toEqual(['zh-TW', 'pt-BR', 'ja-JP']);
    expect(await plugin.loadContent?.()).toBe(status);
    const computed = vi.mocked(englishSentences).mock.calls.length;
    expect(computed).toBeGreaterThan(0);
    const path = join(siteDir, 'docs/websockets.md');
    const text = readFileSync(path, 'utf8');
    const sentences = englishSentencesOf(path, text);
    // Taken from the status analysis, not computed again; computed once for a new text.
    expect(vi.mocked(englishSentences).mock.calls.length).toBe(computed);
    expect(sentences).toEqual(vi.mocked(englishSentences).getMockImplementation()?.(text));
    expect(englishSentencesOf(path, `${text}\nA new sentence.\n`)).not.toBe(sentences);
    expect(vi.mocked(englishSentences).mock.calls.length).toBe(computed + 1);
  });

  it('puts nothing in global data: the status page has its own data on its own route, each doc page where it is translated in its front matter', async () => {
    const siteDir = copySite();
    const plugin = translationStatusPlugin({siteDir, baseUrl: '/zh-TW/'});
    const content = await plugin.loadContent?.();
    const globalData: unknown[] = [];
    const routes: Array<{path: string; component: string; modules?: Record<string, string>}> = [];
    const data = new Map<string, string>();
    const actions = {
      setGlobalData: (d: unknown) => globalData.push(d),
      addRoute: (r: (typeof routes)[number]) => routes.push(r),
      createData: async (name: string, text: string) => {
        data.set(name, text);
        return `/data/${name}`;
      },
    };
    await plugin.contentLoaded?.({content, actions} as never);
    expect(globalData).toEqual([]);
    expect(routes).toEqual([
      {
        path: '/zh-TW/translation-status',
        component: '@site/src/components/TranslationStatus/StatusPage.tsx',
        exact: true,
        modules: {status: '/data/translation-status.json'},
      },
    ]);
    const pageData = JSON.parse(data.get('translation-status.json') ?? '[]') as LocaleRows[];
    expect(pageData.map((l) => l.locale)).toEqual(['zh-TW', 'pt-BR', 'ja-JP']);
    // Only what the page shows: each page's title and counts, the title as the locale's readers see it.
    const row = pageData[0]?.pages.find((p) => p.page === 'websockets.md');
    expect(Object.keys(row ?? {})).toEqual(['page', 'title', 'exists', 'total', 'translated', 'stale', 'untranslated', 'obsolete']);
    expect(row?.title).toBe('ASP.NET Core 中的 WebSockets 支援');
    // English and localized files of a page get the same list; a page no locale translates none; pages that are not docs nothing.
    for (const file of ['docs/websockets.md', 'i18n/ja-JP/docusaurus-plugin-content-docs/current/websockets.md'])
      expect(await withTranslatedIn(siteDir, join(siteDir, file), {title: 'T'})).toEqual({title: 'T', translated_in: ['zh-TW', 'pt-BR', 'ja-JP']});
    expect(await withTranslatedIn(siteDir, join(siteDir, 'docs/deployment.md'), {})).toEqual({translated_in: []});
    expect(await withTranslatedIn(siteDir, join(siteDir, 'src/pages/markdown-page.md'), {title: 'T'})).toEqual({title: 'T'});
  });
});

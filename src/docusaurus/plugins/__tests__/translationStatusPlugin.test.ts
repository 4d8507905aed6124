import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {englishSentences} from '../../../core/l10n/englishSentences';
import type * as EnglishSentencesModule from '../../../core/l10n/englishSentences';
import type {LocaleStatus} from '../../../project/status';
import {englishSentencesOf} from '../../englishSentenceCache';
import translationStatusPlugin from '../translationStatusPlugin';
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

  it('gives every page only where each page is translated, and the status page its own data on its own route', async () => {
    const plugin = translationStatusPlugin({siteDir: copySite(), baseUrl: '/zh-TW/'});
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
    expect(globalData).toEqual([{translatedIn: expect.objectContaining({'/docs/websockets': ['zh-TW', 'pt-BR', 'ja-JP']})}]);
    expect(routes).toEqual([
      {
        path: '/zh-TW/translation-status',
        component: '@site/src/components/TranslationStatus/StatusPage.tsx',
        exact: true,
        modules: {status: '/data/translation-status.json'},
      },
    ]);
    expect((JSON.parse(data.get('translation-status.json') ?? '[]') as LocaleStatus[]).map((l) => l.locale)).toEqual(['zh-TW', 'pt-BR', 'ja-JP']);
  });
});

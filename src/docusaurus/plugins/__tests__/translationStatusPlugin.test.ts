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
    const plugin = translationStatusPlugin({siteDir});
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
});

import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {MAX_CANDIDATES, SuggestionIndex, type SuggestionSource} from '../suggestionIndex';
import {similarity} from '../similarity';

const page = (source: string, target: string, id: string, on = 'a.md'): SuggestionSource => ({source, target, page: on, id, origin: 'page'});

describe('suggestions from the memory and the locale’s pages', () => {
  it('offers identical English first, then similar, never the sentence itself, one per translation', () => {
    const index = new SuggestionIndex([
      page('Configure the middleware.', '設定中介軟體。', 'a-1'),
      page('Configure  the middleware.', '設定中介軟體。', 'b-7', 'b.md'),
      page('Configure the middleware in Startup.', '在 Startup 中設定中介軟體。', 'c-2', 'c.md'),
      {source: 'Configure the middleware.', target: '設定此中介軟體。', page: 'old.md', id: 'm-1', origin: 'memory'},
      page('Unrelated words entirely.', '無關。', 'd-1', 'd.md'),
    ]);
    expect(index.suggest('Configure the middleware.', {self: {page: 'a.md', id: 'a-1'}})).toEqual([
      {source: 'Configure the middleware.', target: '設定此中介軟體。', similarity: 1, page: 'old.md', origin: 'memory'},
      {source: 'Configure  the middleware.', target: '設定中介軟體。', similarity: 1, page: 'b.md', origin: 'page'},
      {source: 'Configure the middleware in Startup.', target: '在 Startup 中設定中介軟體。', similarity: 0.75, page: 'c.md', origin: 'page'},
    ]);
    expect(index.suggest('Nothing alike here.')).toEqual([]);
  });

  it('finds what a full scan finds above the threshold, on any sentences', () => {
    const sentence = fc
      .array(fc.constantFrom('the', 'key', 'keys', 'entity', 'model', 'Configure', 'a', 'DbContext', 'set', 'it'), {minLength: 1, maxLength: 8})
      .map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(sentence, {maxLength: 40}), sentence, (sources, query) => {
        const index = new SuggestionIndex(sources.map((s, i) => page(s, `t${i}`, `x-${i}`)));
        const full = sources
          .map((s, i) => ({target: `t${i}`, similarity: similarity(query, s)}))
          .filter((s) => s.similarity >= 0.5)
          .sort((a, b) => b.similarity - a.similarity);
        const got = index.suggest(query, {limit: 100});
        // Same similarities in the same order (ties may pick either sentence).
        expect(got.map((s) => s.similarity)).toEqual(full.map((s) => s.similarity));
      }),
      {numRuns: 500},
    );
  });

  it('stays bounded on repetitive sets: 50,000 copies of one sentence, and a query of 2,000 words', () => {
    const same = new SuggestionIndex(Array.from({length: 50_000}, (_, i) => page('the same words again', `t${i}`, `id-${i}`)));
    const found = same.suggest('the same words again', {limit: 5});
    expect(found).toHaveLength(5);
    expect(found.every((s) => s.similarity === 1)).toBe(true);
    const words = Array.from({length: 2_000}, (_, i) => `w${i}`);
    const wide = new SuggestionIndex(Array.from({length: 600}, (_, i) => page(words.slice(i, i + 1_000).join(' '), `t${i}`, `id-${i}`)));
    expect(wide.suggest(words.join(' '), {limit: MAX_CANDIDATES}).length).toBeLessThanOrEqual(MAX_CANDIDATES);
  });
});

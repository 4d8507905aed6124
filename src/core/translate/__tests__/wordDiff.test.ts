import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {MAX_DIFF_WORDS, wordDiff} from '../wordDiff';

const join = (parts: ReturnType<typeof wordDiff>, without: 'added' | 'removed') =>
  parts
    .filter((p) => p.kind !== without)
    .map((p) => p.text)
    .join('');

describe('the word diff of a stale sentence’s English', () => {
  it('marks the words that changed', () => {
    expect(wordDiff('This event is emitted when output is sent.', 'This event is emitted once output has been sent.')).toEqual([
      {kind: 'same', text: 'This event is emitted '},
      {kind: 'added', text: 'once'},
      {kind: 'removed', text: 'when'},
      {kind: 'same', text: ' output '},
      {kind: 'added', text: 'has been'},
      {kind: 'removed', text: 'is'},
      {kind: 'same', text: ' sent.'},
    ]);
  });

  it('gives back both texts exactly, on any words, repeated or not, and stays bounded on long ones', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'the', ' ', '  ', '\n', 'x.', '字'), {maxLength: 60}).map((p) => p.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = wordDiff(before, after);
        expect(join(parts, 'added')).toBe(before);
        expect(join(parts, 'removed')).toBe(after);
      }),
      {numRuns: 500},
    );
    const long = 'word '.repeat(MAX_DIFF_WORDS * 50);
    expect(wordDiff(long, `${long}more`).map((p) => p.kind)).toEqual(['removed', 'added']);
    const edge = 'a '.repeat(MAX_DIFF_WORDS / 2 - 1);
    expect(join(wordDiff(edge, `b ${edge}`), 'removed')).toBe(`b ${edge}`);
  });
});

import {describe, expect, it} from 'vitest';
import {codeSpanRanges} from '../codeSpans';

const spans = (text: string) => codeSpanRanges(text, 0, text.length)?.map(([a, b]) => text.slice(a, b));

describe('codeSpanRanges', () => {
  it('pairs each opening run with the next run of the same length', () => {
    expect(spans('a `b` c ``d`e`` f `g')).toEqual(['`b`', '``d`e``']);
  });

  it('finds none without backticks, and keeps a lone run literal', () => {
    expect(spans('plain <span data-ttu-id="k-1">text</span>')).toEqual([]);
    expect(spans('a ` b')).toEqual([]);
  });

  it('reads only inside the given range, in page offsets', () => {
    const text = '`x` and `y`';
    expect(codeSpanRanges(text, 4, text.length)).toEqual([[8, 11]]);
  });

  it('keeps span tags inside code as code', () => {
    expect(spans('`<span data-ttu-id="k-1">` is literal')).toEqual(['`<span data-ttu-id="k-1">`']);
  });

  it.each([
    ['an escaped backtick', 'a \\` b `c`'],
    ['a backtick in a tag', '<a title="`">x</a> `y`'],
    ['a backtick in an autolink', '<http://a.test/`> `y`'],
    ['a backtick in a link destination', '[a](b`c) `d`'],
    ['an image with code', '![alt `x`](p.png)'],
  ])('gives up on %s, where only a full parse knows', (_name, text) => {
    expect(codeSpanRanges(text, 0, text.length)).toBeUndefined();
  });
});

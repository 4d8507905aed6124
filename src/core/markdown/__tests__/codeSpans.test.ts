import fc from 'fast-check';
import {visit} from 'unist-util-visit';
import {describe, expect, it} from 'vitest';
import {parseMarkdown} from '../parseMarkdown';
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

  it('reads escapes and autolinks as CommonMark does: they claim their backticks', () => {
    expect(spans('a \\` b `c`')).toEqual(['`c`']);
    expect(spans('`a\\` b `c`')).toEqual(['`a\\`', '`c`']);
    expect(spans('the default <xref:Microsoft.Extensions.Options.OptionsMonitor`1> for `TOptions`')).toEqual(['`TOptions`']);
    expect(spans('<http://a.test/`> `y`')).toEqual(['`y`']);
    expect(spans('<a`b@x.test> `y`')).toEqual(['`y`']);
    // A run no other run closes is literal whatever claims it: a link destination changes nothing then.
    expect(spans('[ArrayPool\\<T>](xref:System.Buffers.ArrayPool`1) is pooled')).toEqual([]);
    // A link's destination and title are no text; `](` without an open bracket is no link.
    expect(spans('[ActionResult\\<T>](xref:Microsoft.AspNetCore.Mvc.ActionResult`1) return type, `ActionResult<T>`')).toEqual(['`ActionResult<T>`']);
    expect(spans('[a](b "t`") `d`')).toEqual(['`d`']);
    expect(spans('[a](<b`c>) `d`')).toEqual(['`d`']);
    expect(spans('a](b`c) `d`')).toEqual(['`c) `']);
    // An autolink literal only where text is read: not in code, nor in a link's destination.
    expect(spans('URL (`https://localhost:5001`、`https://localhost`)')).toEqual(['`https://localhost:5001`', '`https://localhost`']);
    expect(spans('[Memory](https://www.nuget.org/packages/Memory/)/`IMemoryCache`')).toEqual(['`IMemoryCache`']);
    // Links hold no links: the outer bracket is no link once the inner one is.
    expect(spans('[a [b](c) d](e`f) `g`')).toEqual(['`f) `']);
    // Code that starts first wins over a tag or link that would start inside it.
    expect(spans('`a <b title="`">')).toEqual(['`a <b title="`']);
    expect(spans('<span data-ttu-id="k-1">`x`</span>')).toEqual(['`x`']);
  });

  it.each([
    ['a backtick in a tag', '<a title="`">x</a> `y`'],
    ['a backtick in a link destination after a bracket in a tag', '<a title="[">](b`c) `d`'],
    ['a backtick in a reference label', '[a][b`c] `d`'],
    ['a backtick in an autolink literal', 'see http://x.test/a`b` now'],
    ['an image with code', '![alt `x`](p.png)'],
  ])('gives up on %s, where only a full parse knows', (_name, text) => {
    expect(codeSpanRanges(text, 0, text.length)).toBeUndefined();
  });
});

/** remark's inline code of a one-paragraph text, as [start, end). */
function remarkSpans(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  visit(parseMarkdown(text), 'inlineCode', (node) => {
    ranges.push([node.position?.start.offset ?? -1, node.position?.end.offset ?? -1]);
  });
  return ranges;
}

// What claims backticks before a code span can: escapes, autolinks, tags with quoted attributes, links, images.
const piece = fc.oneof(
  {weight: 3, arbitrary: fc.constantFrom('`', '``', '```', 'a', ' ')},
  fc.constantFrom(
    '\\',
    '\\`',
    '<',
    '>',
    '<xref:A.B`1>',
    '<http://x.test/`>',
    '<a`b@x.test>',
    '<b>',
    '</b>',
    '<a title="`">',
    "<a t='>`'>",
    '<!-- ` -->',
    '<!--',
    '<?x`?>',
    '<!X `>',
    '<![CDATA[`]]>',
    '[',
    ']',
    '](',
    ')',
    '(',
    '](u`v)',
    '](<u`v>)',
    '](u "t`")',
    '[a][b`c]',
    '<a title="[">',
    '<a title="]">',
    '[b](c)',
    'http://x.test/',
    'https://',
    'www.',
    'HTTP://',
    ':',
    '.',
    '![',
    '![a`b](p.png)',
    '"',
    "'",
    '\n',
    '\n> ',
    '&#96;',
    '*',
    '_',
  ),
);

describe('codeSpanRanges on generated inline text', () => {
  it('gives remark’s code spans whenever it answers (property)', () => {
    fc.assert(
      fc.property(fc.array(piece, {minLength: 1, maxLength: 24}), (pieces) => {
        // A paragraph's text: a line of its own that no block syntax starts.
        const text = `p ${pieces.join('')}`;
        const located = codeSpanRanges(text, 0, text.length);
        if (located && parseMarkdown(text).children.length === 1) expect(located).toEqual(remarkSpans(text));
      }),
      {numRuns: Number(process.env.RUNS ?? 3000), ...(process.env.RUNS ? {} : {seed: 20261208})},
    );
  });

  it('answers for much of the generated text, code spans included, so the property above tests something', () => {
    const sample = fc.sample(fc.array(piece, {minLength: 1, maxLength: 24}), {numRuns: 500, seed: 7}).map((pieces) => `p ${pieces.join('')}`);
    const answers = sample.map((text) => codeSpanRanges(text, 0, text.length)).filter((ranges) => ranges !== undefined);
    expect(answers.length).toBeGreaterThan(200);
    expect(answers.filter((ranges) => ranges.length > 0).length).toBeGreaterThan(60);
  });

  it('ends on hostile blocks: long runs of what starts a tag, a comment, a destination or an escape', () => {
    // A rescan from each such start would take minutes on each of these.
    for (const unit of ['<!--', '<a b="', '](', '[](', '[]((', '](<', '[a][', '<xref:', 'http://', '\\`', '``` `', '<![CDATA[', '<!X', '<?', '![']) {
      // A backtick run of each length up to 300 ahead, so the scan reads it all and no run closes another.
      const text = unit.repeat(50_000) + Array.from({length: 300}, (_, i) => '`'.repeat(i + 1)).join(' ');
      expect(codeSpanRanges(text, 0, text.length)?.length ?? 0, unit).toBeLessThanOrEqual(text.length);
    }
  });
});

import {describe, expect, it} from 'vitest';
import {breaksPair, englishFallback, parseSpanPairs, repairEscapedTagQuotes, replaceSegments, SpanPairError} from '../spanPairs';
import {collectBlockSegments} from '../blockSegments';
import {parseMarkdown} from '../parseMarkdown';
import {createLocator} from '../position';
import {LOCALIZED_SEEDS, readSeed} from './seeds';

const pair = (id: string, t: string, s: string, sid = id) =>
  `<span data-ttu-id="${id}">${t}</span><span class="sxs-lookup"><span data-stu-id="${sid}">${s}</span></span>`;

function errorOf(text: string): SpanPairError {
  try {
    parseSpanPairs(text);
  } catch (error) {
    if (error instanceof SpanPairError) return error;
    throw error;
  }
  throw new Error('expected a SpanPairError');
}

describe('parseSpanPairs', () => {
  it('parses one pair with exact offsets', () => {
    const text = `a ${pair('k-1', '翻譯', 'English')} b`;
    const [segment] = parseSpanPairs(text);
    expect(segment).toEqual({
      id: 'k-1',
      start: 2,
      end: text.length - 2,
      targetStart: 2 + '<span data-ttu-id="k-1">'.length,
      targetEnd: 2 + '<span data-ttu-id="k-1">翻譯'.length,
      sourceStart: text.indexOf('English'),
      sourceEnd: text.indexOf('English') + 'English'.length,
      target: '翻譯',
      source: 'English',
    });
  });

  it('keeps inline Markdown inside both sides as written', () => {
    const text = pair('k-2', '使用 `Configure` 與 [連結](https://x.test) **粗體**', 'Use `Configure` and [link](https://x.test) **bold**');
    expect(parseSpanPairs(text).map(({target, source}) => ({target, source}))).toEqual([
      {target: '使用 `Configure` 與 [連結](https://x.test) **粗體**', source: 'Use `Configure` and [link](https://x.test) **bold**'},
    ]);
  });

  // Each case names the tag the error must point at, by the text that starts there.
  it.each([
    ['unclosed translation', '<span data-ttu-id="k-1">text', 'ERR_SPAN_UNCLOSED', '<span data-ttu-id'],
    ['unclosed English', '<span data-ttu-id="k-1">t</span><span class="sxs-lookup"><span data-stu-id="k-1">s', 'ERR_SPAN_UNCLOSED', '<span data-stu-id'],
    ['unclosed lookup', '<span data-ttu-id="k-1">t</span><span class="sxs-lookup"><span data-stu-id="k-1">s</span>', 'ERR_SPAN_UNCLOSED', '<span class'],
    ['id mismatch', pair('k-1', 't', 's', 'k-2'), 'ERR_SPAN_ID_MISMATCH', '<span data-stu-id'],
    ['nested pair', `<span data-ttu-id="k-1">a ${pair('k-2', 't', 's')}</span>`, 'ERR_SPAN_NESTED', '<span data-ttu-id="k-2"'],
    ['translation without English', '<span data-ttu-id="k-1">t</span> plain', 'ERR_SPAN_NO_SOURCE', '<span data-ttu-id'],
    ['stray lookup', 'x <span class="sxs-lookup">x</span>', 'ERR_SPAN_STRAY', '<span class'],
    ['duplicate id', `${pair('k-1', 'a', 'A')} ${pair('k-1', 'b', 'B')}`, 'ERR_SPAN_DUPLICATE_ID', '<span data-ttu-id="k-1">b'],
  ])('reports %s with its code and offset', (_name, text, code, at) => {
    const error = errorOf(text);
    expect({code: error.code, offset: error.offset}).toEqual({code, offset: text.indexOf(at)});
  });

  it('reports a duplicate id across blocks of one document with line:column', () => {
    const text = `# Title\n\n${pair('k-1', 'a', 'A')}\n\nLine two ${pair('k-1', 'b', 'B')}\n`;
    const blocks = collectBlockSegments(parseMarkdown(text), text);
    const failed = blocks.find((b) => b.error)!;
    const {line, column} = createLocator(text)(failed.error!.offset);
    expect({code: failed.error!.code, line, column}).toEqual({code: 'ERR_SPAN_DUPLICATE_ID', line: 5, column: 10});
  });

  it('ignores span syntax inside inline code', () => {
    const text = `${pair('k-1', '範例 `<span data-ttu-id="x">`', 'Example `<span data-ttu-id="x">`')}\n`;
    const [block] = collectBlockSegments(parseMarkdown(text), text);
    expect(block?.segments.map((s) => s.id)).toEqual(['k-1']);
  });

  it('reads an unfinished tag in inline code as code, and the pair closes after it (ASP.NET Core, includes/RP/page2.md)', () => {
    const text = `${pair('k-1', '協助程式 (`<div asp-validation-summary` 和 ` <span asp-validation-for`) 會顯示。', 'Helpers (`<div asp-validation-summary` and ` <span asp-validation-for`) display.')}\n`;
    const [block] = collectBlockSegments(parseMarkdown(text), text);
    expect(block?.error).toBeUndefined();
    expect(block?.segments.map((s) => s.source)).toEqual(['Helpers (`<div asp-validation-summary` and ` <span asp-validation-for`) display.']);
  });

  it('reads an escaped tag as text (ASP.NET Core, mvc/models/validation.md)', () => {
    const [segment] = parseSpanPairs(pair('k-1', '在元素中 **\\<span>** 。', 'in the accompanying **\\<span>** element.'));
    expect(segment?.target).toBe('在元素中 **\\<span>** 。');
  });

  it('keeps plain spans around text as content, inside and outside pairs (ASP.NET Core, grpc/configuration.md)', () => {
    const wrap = (t: string) => `<span style="word-break:normal;word-wrap:normal">${t}</span>`;
    const text = `| ${pair('k-1', wrap('MaxReceiveMessageSize'), wrap('MaxReceiveMessageSize'))} | ${wrap('<xref:A.B>')} | ${pair('k-2', '大小。', 'Size.')} |`;
    expect(parseSpanPairs(text).map(({id, target, source}) => [id, target, source])).toEqual([
      ['k-1', wrap('MaxReceiveMessageSize'), wrap('MaxReceiveMessageSize')],
      ['k-2', '大小。', 'Size.'],
    ]);
  });

  it('tells a translation that would break its pair from one whose spans are its content', () => {
    expect(
      [
        '<span style="word-break:normal;word-wrap:normal">MaxReceiveMessageSize</span>',
        '顯示 `<span asp-validation-for` 驗證。',
        '元素 **\\<span>** 中。',
        '沒有標籤。',
      ].map(breaksPair),
    ).toEqual([false, false, false, false]);
    expect(['文字</span><span class="sxs-lookup">', '<span>未關閉', '<span data-ttu-id="x">', '結尾</span>'].map(breaksPair)).toEqual([true, true, true, true]);
  });

  it('rebuilds the English with replaceSegments', () => {
    const text = `## ${pair('k-1', '標題', 'Title')}\n${pair('k-2', '甲。', 'One.')} ${pair('k-3', '乙。', 'Two.')}`;
    expect(replaceSegments(text, parseSpanPairs(text), (s) => s.source)).toBe('## Title\nOne. Two.');
  });

  it('falls back to the English of a broken block', () => {
    expect(englishFallback(`<span data-ttu-id="k-1">a</span><span class="sxs-lookup"><span data-stu-id="k-1">One</span>`)).toBe('One');
  });
});

describe.each(LOCALIZED_SEEDS)('seed $name', ({name, pairs}) => {
  const text = readSeed(name);
  const blocks = collectBlockSegments(parseMarkdown(text), text);

  it(`has ${pairs} well-formed pairs, each with a translation and an English side`, () => {
    expect(blocks.filter((b) => b.error)).toEqual([]);
    const segments = blocks.flatMap((b) => b.segments);
    expect(segments).toHaveLength(pairs);
    for (const s of segments) {
      expect(s.target.trim()).not.toBe('');
      expect(s.source.trim()).not.toBe('');
      expect(s.target).not.toMatch(/<\/?span/);
    }
  });

  it('finds the same pairs block by block as in the whole text', () => {
    const whole = [...text.matchAll(/data-ttu-id="([^"]+)"/g)].map((m) => m[1]);
    expect(blocks.flatMap((b) => b.segments.map((s) => s.id))).toEqual(whole);
  });
});

describe('pairs whose tags write their quotes as &quot; (real Office Add-ins ja-JP lines)', () => {
  it('reads them as meant, and says so', () => {
    const text =
      '1. <span data-ttu-id="fe703-165&quot;>**[マイ アドインの管理]** を選択します。</span><span class=&quot;sxs-lookup&quot;><span data-stu-id=&quot;fe703-165&quot;>Choose **Manage My Add-ins**.</span></span>';
    const [pair] = parseSpanPairs(text);
    expect(pair && {id: pair.id, target: pair.target, source: pair.source, recovered: pair.recovered}).toEqual({
      id: 'fe703-165',
      target: '**[マイ アドインの管理]** を選択します。',
      source: 'Choose **Manage My Add-ins**.',
      recovered: 'its tags write their quotes as &quot;',
    });
  });

  it('does not guess where a tag mixes quotes and &quot;', () => {
    expect(() =>
      parseSpanPairs('<span data-ttu-id="a-1" title="x&quot;>t</span><span class="sxs-lookup"><span data-stu-id="a-1">s</span></span>'),
    ).not.toThrow();
    expect(
      parseSpanPairs('<span data-ttu-id="a-1" title="x&quot;>t</span><span class="sxs-lookup"><span data-stu-id="a-1">s</span></span>')[0]?.recovered,
    ).toBeUndefined();
  });

  it('repairs such tags in a page for a Markdown parser, and nothing else', () => {
    expect(repairEscapedTagQuotes('<span data-ttu-id=&quot;a-1&quot;>x &quot;y&quot;</span><span title="a&quot;">z</span>')).toBe(
      '<span data-ttu-id="a-1">x &quot;y&quot;</span><span title="a&quot;">z</span>',
    );
  });
});

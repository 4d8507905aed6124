import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {inlineParts, missingTokens, tokenLabel} from '../inlineTokens';

const shape = (text: string) => inlineParts(text).map((p) => (p.kind === 'text' ? p.text : `[${p.kind}:${p.text}]`));

describe('the tokens of a sentence a translator moves but does not retype', () => {
  it('finds code, links, autolinks, URLs, tags and placeholders, and leaves the rest text', () => {
    expect(shape('Call `UseWebSockets` in [Startup](xref:Startup "title") or see <xref:System.Net.WebSockets>.')).toEqual([
      'Call ',
      '[code:`UseWebSockets`]',
      ' in ',
      '[link-open:[]',
      'Startup',
      '[link-close:](xref:Startup "title")]',
      ' or see ',
      '[autolink:<xref:System.Net.WebSockets>]',
      '.',
    ]);
    expect(shape('使用 {0} 與 %1，見 https://example.com/a_b. 或 <kbd>Ctrl</kbd>')).toEqual([
      '使用 ',
      '[placeholder:{0}]',
      ' 與 ',
      '[placeholder:%1]',
      '，見 ',
      '[url:https://example.com/a_b]',
      '. 或 ',
      '[tag:<kbd>]',
      'Ctrl',
      '[tag:</kbd>]',
    ]);
    // An image's `![`, a link around code, brackets inside code, and a `](` with no `[` (text, as on the page).
    expect(shape('![a `[x](y)` b](i.png) then ](z)')).toEqual(['[link-open:![]', 'a ', '[code:`[x](y)`]', ' b', '[link-close:](i.png)]', ' then ](z)']);
    // An escaped backtick opens nothing; a double run pairs only with a double run.
    expect(shape('\\`a` ``b`c`` `')).toEqual(['\\`a', '[code:` ``b`]', 'c`` `']);
    expect(shape('``b`c`` and ` alone')).toEqual(['[code:``b`c``]', ' and ` alone']);
    expect(tokenLabel('code', '`` a`b ``')).toBe('a`b');
    expect(tokenLabel('link-close', '](https://x.test/a "t")')).toBe('](https://x.test/a "t")');
    expect(tokenLabel('autolink', '<xref:A.B>')).toBe('A.B');
  });

  it('lists the English tokens a translation lacks, counted', () => {
    expect(missingTokens('Use `a` then `a` in [b](c).', '用 `a` 於 b')).toEqual(['`a`', '[', '](c)']);
    expect(missingTokens('No tokens.', '沒有')).toEqual([]);
  });

  it('gives the sentence back exactly, on any mix of markup characters, and ends in time on hostile runs', () => {
    const text = fc.array(
      fc.constantFrom('`', '``', '\\', '[', ']', '(', ')', '](', '<', '>', '<a ', 'xref:', 'http://', '{0}', '%1', '{{', '}}', ' ', 'x', '字', '!', '"'),
      {maxLength: 80},
    );
    fc.assert(
      fc.property(text, (parts) => {
        const source = parts.join('');
        const found = inlineParts(source);
        expect(found.map((p) => p.text).join('')).toBe(source);
        expect(found.every((p) => p.text.length > 0)).toBe(true);
        // Text never sits beside text: each part is a maximal run or one token.
        expect(found.some((p, i) => p.kind === 'text' && found[i + 1]?.kind === 'text')).toBe(false);
      }),
      {numRuns: 1000},
    );
    // A backtracking pattern or a quadratic pairing would take minutes on each of these.
    for (const hostile of [
      '`'.repeat(200_000),
      '` ``'.repeat(50_000),
      '[](a '.repeat(50_000),
      '<a '.repeat(60_000),
      '{{ '.repeat(60_000),
      'http://'.repeat(30_000),
      `](a "${'x'.repeat(200_000)}`,
    ]) {
      expect(
        inlineParts(hostile)
          .map((p) => p.text)
          .join(''),
      ).toBe(hostile);
    }
  });
});

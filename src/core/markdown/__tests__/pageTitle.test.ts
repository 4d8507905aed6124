import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {toString} from 'mdast-util-to-string';
import {pageTitle, plainInline} from '../pageTitle';
import {parseMarkdown} from '../parseMarkdown';

describe('a page’s title', () => {
  it('is its front matter title, else its first-level heading, as plain words', () => {
    expect(pageTitle('---\ntitle: Keys in **EF Core**\n---\n# Other\n')).toBe('Keys in EF Core');
    expect(pageTitle('---\ndescription: x\n---\n\nIntro\n\n# Use `UseWebSockets` in [ASP.NET Core](x.md) ##\n')).toBe('Use UseWebSockets in ASP.NET Core');
    expect(pageTitle('# C#\n')).toBe('C#');
    expect(pageTitle('# Notes on C# #\n')).toBe('Notes on C#');
    expect(pageTitle('## Only a section\n\nText.\n')).toBeUndefined();
    expect(pageTitle('#\n')).toBeUndefined();
    expect(plainInline('<span data-ttu-id="a-1">索引鍵</span>  <b>and</b>\tkeys')).toBe('索引鍵 and keys');
  });

  it('reads a title of plain words as the full parse does, without it (property)', () => {
    const char = fc.constantFrom(
      'a',
      'Z',
      '1',
      '9',
      ' ',
      '  ',
      '\t',
      '.',
      ')',
      ':',
      '/',
      '@',
      '(',
      '"',
      "'",
      '?',
      ',',
      '中',
      'ア',
      'www.',
      'http://x.test',
      '*',
      '-',
    );
    fc.assert(
      fc.property(fc.array(char, {maxLength: 16}), (parts) => {
        const title = parts.join('');
        const parsed = toString(parseMarkdown(title)).replace(/\s+/g, ' ').trim();
        expect(plainInline(title)).toBe(parsed);
      }),
      {numRuns: 2000, seed: 20261208},
    );
  });

  it('ends in time on hostile headings: long runs of spaces, hashes and tags', () => {
    const hostile = fc.array(fc.constantFrom(' ', '#', '\t', '<', '>', 'a', '\\', '*', '`'), {maxLength: 300});
    fc.assert(
      fc.property(hostile, (parts) => {
        const title = pageTitle(`# ${parts.join('')}\n`);
        expect(title === undefined || title.length <= parts.length + 2).toBe(true);
      }),
      {numRuns: 300},
    );
    // A backtracking pattern would take minutes on each of these.
    for (const line of [' '.repeat(200_000), `${' #'.repeat(100_000)}x`, '<'.repeat(200_000)]) expect(pageTitle(`# a${line}\n`)).toMatch(/^a/);
  });
});

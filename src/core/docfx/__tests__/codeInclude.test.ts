import {describe, expect, it} from 'vitest';
import {dedent, expandLineRanges, extractRegion, parseCodeInclude, selectSnippet} from '../codeInclude';

const SAMPLE = [
  'class A',
  '{',
  '    #region Echo',
  '    void Echo()',
  '    {',
  '        // <Inner>',
  '        Run();',
  '        // </Inner>',
  '    }',
  '    #endregion',
  '}',
].join('\n');

describe('parseCodeInclude', () => {
  it('reads the name and highlight form', () => {
    expect(parseCodeInclude('[!code-csharp[](websockets/sample/Startup.cs?name=AcceptWebSocket&highlight=7)]')).toEqual({
      lang: 'csharp',
      title: '',
      path: 'websockets/sample/Startup.cs',
      region: 'AcceptWebSocket',
      highlight: '7',
    });
  });

  it('reads ranges, start/end, dedent, #L and #tag forms, any keyword case', () => {
    expect(parseCodeInclude('[!CODE-cs[T](a.cs?range=2,5-7,9-&dedent=4)]')).toEqual({lang: 'cs', title: 'T', path: 'a.cs', range: '2,5-7,9-', dedent: 4});
    expect(parseCodeInclude('[!code-js[](a.js?start=3&end=10)]')).toEqual({lang: 'js', title: '', path: 'a.js', start: 3, end: 10});
    expect(parseCodeInclude('[!code-js[](a.js#L3-L10)]')).toEqual({lang: 'js', title: '', path: 'a.js', range: '3-10'});
    expect(parseCodeInclude('[!code-js[](a.js#Setup)]')).toEqual({lang: 'js', title: '', path: 'a.js', region: 'Setup'});
  });

  it('reads an upper-case language with a space before the title (NuGet API pages)', () => {
    expect(parseCodeInclude('[!code-JSON [service-index.json](./_data/service-index.json)]')).toEqual({
      lang: 'json',
      title: 'service-index.json',
      path: './_data/service-index.json',
    });
  });

  it('ignores anything that is not a whole include line', () => {
    expect(parseCodeInclude('See [!code-js[](a.js)] here')).toBeUndefined();
  });
});

describe('snippets', () => {
  it('extracts a region without marker lines, dedented', () => {
    expect(selectSnippet(SAMPLE, {lang: 'cs', title: '', path: 'x', region: 'Echo'})).toEqual({code: 'void Echo()\n{\n    Run();\n}'});
    expect(extractRegion(SAMPLE, 'Inner')).toEqual(['        Run();']);
  });

  it('names the regions that exist when one is missing', () => {
    expect(selectSnippet(SAMPLE, {lang: 'cs', title: '', path: 'x', region: 'Nope'})).toEqual({missingRegion: 'Nope', regions: ['Echo', 'Inner']});
  });

  it('expands line ranges up to the last line', () => {
    expect(expandLineRanges('2,5-7,9-', 11)).toEqual([2, 5, 6, 7, 9, 10, 11]);
    expect(() => expandLineRanges('a-b', 3)).toThrow(RangeError);
  });

  it('dedents by a fixed amount or by the common indentation', () => {
    expect(dedent(['    a', '      b'])).toEqual(['a', '  b']);
    expect(dedent(['    a', '      b'], 2)).toEqual(['  a', '    b']);
  });
});

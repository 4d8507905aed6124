import {describe, expect, it} from 'vitest';
import {includeCandidates, parseBlockInclude} from '../include';

describe('DocFX includes', () => {
  it.each([
    ['[!INCLUDE [publish-notes](includes/publish-notes.md)]', 'includes/publish-notes.md'],
    ['[!INCLUDE[about the series](~/includes/code-comments-loc.md)]', '~/includes/code-comments-loc.md'],
    ['  [!include[](../a b.md)]', undefined],
    ['[!INCLUDE [x](<../includes/x.md>)]', '../includes/x.md'],
    ['See [!INCLUDE [x](x.md)] here', undefined],
  ])('reads the path of %j', (line, path) => {
    expect(parseBlockInclude(line)).toBe(path);
  });

  it('resolves relative paths against the page', () => {
    expect(includeCandidates('docs/set/a/page.md', '../includes/x.md', 'docs/')).toEqual(['docs/set/includes/x.md']);
  });

  it('tries every folder from the docs root down to the page for ~/ paths', () => {
    expect(includeCandidates('docs/set/aspnetcore/fundamentals/page.md', '~/includes/x.md', 'docs/')).toEqual([
      'docs/includes/x.md',
      'docs/set/includes/x.md',
      'docs/set/aspnetcore/includes/x.md',
      'docs/set/aspnetcore/fundamentals/includes/x.md',
    ]);
  });
});

import {describe, expect, it} from 'vitest';
import {readLocalizedDoc} from '../localizedDoc';

const pair = (id: string, target: string, source: string) =>
  `<span data-ttu-id="${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;

describe('words outside span pairs', () => {
  it('are not found in DocFX directives, HTML markup, character references, reference labels or no-loc terms (real NuGet, Edge and ASP.NET Core lines)', () => {
    const text = [
      '---',
      'title: T',
      'no-loc:',
      '- SignalR',
      '---',
      `SignalR${pair('a-1', ' には API があります。', ' provides an API.')}`,
      '',
      '[!INCLUDE [publish-notes](includes/publish-notes.md)]',
      '',
      '> [!div class="nextstepaction"]',
      `> [${pair('a-2', '作成', 'Create')}](create.md)`,
      '',
      '> [!Video https://channel9.msdn.com/Series/NuGet-101/player]',
      '',
      `* [${pair('a-3', 'グリッド', 'Grid')}][MDNCssGridLayout]`,
      '',
      `| ${pair('a-5', '甲', 'A')} | ${pair('a-6', '乙', 'B')} |`,
      '|---|---|',
      `| &nbsp; | ${pair('a-4', '値', 'Value')} <br/> |`,
      '',
    ].join('\n');
    expect(readLocalizedDoc('page.md', text).unpaired).toEqual([]);
  });

  it('are reported where a sentence has no pair', () => {
    const doc = readLocalizedDoc('page.md', `# ${pair('a-0', '題', 'Title')}\n\n${pair('a-1', '訳', 'Translated')}\n\nNot translated at all.\n`);
    expect(doc.unpaired).toEqual([{line: 5, column: 1, text: 'Not translated at all.'}]);
  });
});

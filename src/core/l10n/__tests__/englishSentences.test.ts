import {describe, expect, it} from 'vitest';
import {englishSentences} from '../englishSentences';

const texts = (markdown: string) => englishSentences(markdown).map((s) => markdown.slice(s.start, s.end));

describe('englishSentences', () => {
  it('splits a paragraph into sentences, offsets into the page', () => {
    expect(texts('One sentence. Another one? A third!\n')).toEqual(['One sentence.', 'Another one?', 'A third!']);
  });

  it('keeps a sentence with character references whole, and finds none in code links or field names (real ASP.NET Core and NuGet lines)', () => {
    expect(texts('Open a browser to http://localhost:&lt;otherport&gt;/ now.\n')).toEqual(['Open a browser to http://localhost:&lt;otherport&gt;/ now.']);
    expect(texts('| [`PackageId`](https://x.test/msbuild#pack-target) | @id | A real cell. |\n|-|-|-|\n| &nbsp; | `x` | y |\n')).toEqual(['A real cell.', 'y']);
  });

  it('does not end a sentence inside inline code', () => {
    const text = 'Properties with nullable types (`int?`, `bool?`, etc.) are optional. Call `.HasConversion<string>()` on it.\n';
    expect(texts(text)).toEqual(['Properties with nullable types (`int?`, `bool?`, etc.) are optional.', 'Call `.HasConversion<string>()` on it.']);
  });

  it('lets a sentence begin with inline code or a word that starts with a dot', () => {
    expect(texts('Use the Fluent API. `HasOne` is for references. It differs from SQL. .NET compares case-sensitively.\n')).toEqual([
      'Use the Fluent API.',
      '`HasOne` is for references.',
      'It differs from SQL.',
      '.NET compares case-sensitively.',
    ]);
  });

  it('reads a dot-word at the start of a link or emphasis as a word (a real NuGet tab heading)', () => {
    expect(texts('# <a name="net-core-cli"></a>[.NET Core CLI](#tab/netcore-cli)\n\nSee [.NET docs](x.md) and *.csproj* files.\n')).toEqual([
      '[.NET Core CLI](#tab/netcore-cli)',
      'See [.NET docs](x.md) and *.csproj* files.',
    ]);
  });

  it('does not end a sentence inside a link URL, and skips image alt text with brackets and autolinks alone (real NuGet and ASP.NET Core lines)', () => {
    const text =
      '[Install packages](/visualstudio/mac/nuget-walkthrough?toc=/nuget/toc.json) now.\n\n![Clear the [Unlist] box](../media/unlist.png)\n\n* <xref:fundamentals/startup>\n';
    expect(texts(text)).toEqual(['[Install packages](/visualstudio/mac/nuget-walkthrough?toc=/nuget/toc.json) now.']);
  });

  it('keeps the emphasis that closes a sentence with it (real Architecture Center and NuGet lines)', () => {
    expect(texts('**Storage.** For logs, write to disk. Choose **Add Packages...**. Done.\n')).toEqual([
      '**Storage.**',
      'For logs, write to disk.',
      'Choose **Add Packages...**.',
      'Done.',
    ]);
  });

  it('does not end a sentence at e.g., i.e. or vs.', () => {
    expect(texts('Pick one (e.g. `GETDATE()` vs. `GETUTCDATE()`), i.e. the right one. Done.\n')).toEqual([
      'Pick one (e.g. `GETDATE()` vs. `GETUTCDATE()`), i.e. the right one.',
      'Done.',
    ]);
  });

  it('has no sentence where there is only code or punctuation, as in a list of names', () => {
    expect(texts('- `_<property name>`\n- `m_<property name>`\n- ---\n\n| Parameter | Type |\n|-|-|\n| `closeStatus` | `WebSocketCloseStatus` |\n')).toEqual([
      'Parameter',
      'Type',
    ]);
  });
});

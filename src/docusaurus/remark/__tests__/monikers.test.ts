import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {toString} from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkMonikers from '../monikers';
import {markTripleColon} from '../../../core/docfx/tripleColon';
import {failure} from './vfileFailure';

function run(text: string, frontMatter?: Record<string, unknown>): Root {
  const processor = unified().use(remarkParse).use(remarkMonikers);
  const file = new VFile({value: text, path: 'docs/page.md', data: {frontMatter}});
  return processor.runSync(processor.parse(file), file) as Root;
}

const attr = (node: MdxJsxFlowElement | undefined, name: string) => node?.attributes.find((a) => 'name' in a && a.name === name)?.value;

describe('remarkMonikers', () => {
  it('wraps each zone with the versions it applies to and adds a picker after the title', () => {
    const tree = run(
      '# Title\n\n::: moniker range=">= aspnetcore-2.0"\n\nNew way.\n\n::: moniker-end\n\n::: moniker range="< aspnetcore-2.0"\n\nOld way.\n\n::: moniker-end\n',
      {
        monikerRange: '>= aspnetcore-1.1',
      },
    );
    const [, picker, newer, older] = tree.children as MdxJsxFlowElement[];
    expect([picker?.name, attr(picker, 'versions')]).toEqual(['MonikerPicker', 'aspnetcore-1.1 aspnetcore-2.0 aspnetcore-2.1 aspnetcore-2.2']);
    expect([attr(newer, 'data-versions'), toString(newer ?? [])]).toEqual(['aspnetcore-2.0 aspnetcore-2.1 aspnetcore-2.2', 'New way.']);
    expect([attr(older, 'data-versions'), toString(older ?? [])]).toEqual(['aspnetcore-1.0 aspnetcore-1.1', 'Old way.']);
    expect(toString(tree)).not.toContain(':::');
  });

  it('handles fences merged with the text next to them', () => {
    const tree = run('::: moniker range="aspnetcore-1.0"\nOnly 1.0.\n::: moniker-end\n');
    const zone = tree.children[1] as MdxJsxFlowElement;
    expect([attr(zone, 'data-versions'), toString(zone).trim()]).toEqual(['aspnetcore-1.0', 'Only 1.0.']);
  });

  it('closes a zone whose end fence continues the last line of a list', () => {
    // Real ASP.NET Core pages end a zone right after a list: CommonMark reads the fence as part of the last item.
    const tree = run(
      '::: moniker range=">= aspnetcore-3.0"\n\n* <xref:a>\n* <xref:b>\n::: moniker-end\n\n::: moniker range="< aspnetcore-3.0"\n\nOld.\n\n::: moniker-end\n',
    );
    const [, newer, older] = tree.children as MdxJsxFlowElement[];
    expect([attr(newer, 'data-versions'), toString(newer ?? [])]).toEqual(['aspnetcore-3.0', 'xref:axref:b']);
    expect(attr(older, 'data-versions')).toBe('aspnetcore-1.0 aspnetcore-1.1 aspnetcore-2.0 aspnetcore-2.1 aspnetcore-2.2');
  });

  it('reads the versions of any product from the page', () => {
    const tree = run(
      '# T\n\n::: moniker range=">= sql-server-2017"\n\nNew.\n\n::: moniker-end\n\n::: moniker range="sql-server-2016"\n\nOld.\n\n::: moniker-end\n',
    );
    const [, picker, newer] = tree.children as MdxJsxFlowElement[];
    expect(attr(picker, 'versions')).toBe('aspnetcore-1.0 aspnetcore-1.1 aspnetcore-2.0 aspnetcore-2.1 aspnetcore-2.2 sql-server-2016 sql-server-2017');
    expect(attr(newer, 'data-versions')).toBe('sql-server-2017');
  });

  it('leaves pages without zones alone', () => {
    expect(run('# T\n\nText.\n').children.map((n) => n.type)).toEqual(['heading', 'paragraph']);
  });

  it.each([
    [
      'an unclosed zone',
      'Intro\n\n::: moniker range=">= aspnetcore-2.0"\n\nText\n',
      3,
      'unclosed-zone',
      '"::: moniker range=\\">= aspnetcore-2.0\\"" is never closed',
    ],
    ['an end without a start', 'Text\n\n::: moniker-end\n', 3, 'stray-end', '"::: moniker-end" without an opening'],
    [
      'a bad range',
      '::: moniker range="=> aspnetcore-2.0"\n\nx\n\n::: moniker-end\n',
      1,
      'bad-range',
      'range "=> aspnetcore-2.0": "=>aspnetcore-2.0" is not a comparison',
    ],
    ['a malformed fence', '::: moniker range=2.0\n\nx\n', 1, 'malformed-fence', 'malformed fence'],
    [
      'nested zones',
      '::: moniker range="aspnetcore-1.0"\n\n::: moniker range="aspnetcore-2.0"\n\n::: moniker-end\n',
      3,
      'nested-zone',
      'a moniker zone cannot open inside another',
    ],
  ])('fails on %s with file:line:column', (_name, text, line, ruleId, message) => {
    const {reason, ...where} = failure(() => run(text));
    expect(where).toEqual({file: 'docs/page.md', line, column: 1, source: 'monikers', ruleId});
    expect(reason.startsWith(`Moniker zone: ${message}`)).toBe(true);
  });
});

describe('moniker fences as DocFX reads them: lines of their own (real ASP.NET Core pages)', () => {
  const marked = (text: string) => {
    const processor = unified().use(remarkParse).use(remarkMonikers);
    const file = new VFile({value: markTripleColon(text), path: 'docs/page.md'});
    return processor.runSync(processor.parse(file), file) as Root;
  };

  it.each([
    ['a quote with an alert (security/authorization/roles.md)', '> [!IMPORTANT]\n> Filters apply to PageModel.\n::: moniker-end\n'],
    ['a list item ending in an xref autolink (signalr/configuration.md)', '* <xref:signalr/supported-platforms>\n::: moniker-end\n'],
    ['a > [!div] line', '> [!div class="nextstepaction"]\n> [Next](next.md)\n::: moniker-end\n'],
    ['a fenced code block', '```csharp\nvar x = 1;\n```\n::: moniker-end\n'],
  ])('closes the zone right after %s', (_name, body) => {
    const tree = marked(`# Title\n\n::: moniker range=">= aspnetcore-3.0"\n\n${body}\nAfter.\n`);
    const zone = tree.children.find((n) => n.type === 'mdxJsxFlowElement' && n.name === 'div') as MdxJsxFlowElement | undefined;
    expect(attr(zone, 'data-versions')).toContain('aspnetcore-3.0');
    expect(toString(tree)).not.toContain('moniker');
    expect(toString(tree.children.at(-1) ?? [])).toBe('After.');
  });
});

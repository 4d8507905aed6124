import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {toString} from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {describe, expect, it} from 'vitest';
import remarkDocfxTabs from '../docfxTabs';

function run(text: string): Root {
  const processor = unified().use(remarkParse).use(remarkDocfxTabs);
  return processor.runSync(processor.parse(text)) as Root;
}

const attr = (node: MdxJsxFlowElement | undefined, name: string) => node?.attributes.find((a) => 'name' in a && a.name === name)?.value;

describe('remarkDocfxTabs', () => {
  it('turns tab headings and their content into one group, closed by a thematic break (a real EF Core page)', () => {
    const tree = run(
      'Intro.\n\n### <a name="data-annotations"></a>[Data Annotations](#tab/data-annotations)\n\nAnnotated.\n\n### <a name="fluent-api"></a>[Fluent API](#tab/fluent-api)\n\nFluent.\n\nMore fluent.\n\n***\n\nAfter.\n',
    );
    expect(tree.children.map((n) => n.type)).toEqual(['paragraph', 'mdxJsxFlowElement', 'paragraph']);
    const group = tree.children[1] as MdxJsxFlowElement;
    expect(attr(group, 'groupId')).toBe('data-annotations+fluent-api');
    const tabs = group.children as MdxJsxFlowElement[];
    expect(tabs.map((t) => [attr(t, 'value'), toString(t.children[0] ?? []), t.children.slice(1).map((c) => toString(c))])).toEqual([
      ['data-annotations', 'Data Annotations', ['Annotated.']],
      ['fluent-api', 'Fluent API', ['Fluent.', 'More fluent.']],
    ]);
  });

  it('reads tab headings at any level, with the anchor inside the label', () => {
    const tree = run(
      '## [<a name="cli"></a>.NET CLI](#tab/netcore-cli)\n\nA.\n\n## [<a name="vs"></a>Visual Studio](#tab/visual-studio)\n\nB.\n\n---\n\nAfter.\n',
    );
    expect(tree.children.map((n) => (n.type === 'mdxJsxFlowElement' ? attr(n, 'groupId') : n.type))).toEqual(['netcore-cli+visual-studio', 'paragraph']);
    expect(toString(tree)).not.toContain('#tab/');
  });

  it('ends a group at a heading of a higher level, and reads dependent tabs by their first id', () => {
    const tree = run('## Setup\n\n# [.NET CLI](#tab/netcore-cli/windows)\n\nA.\n\n# [NuGet](#tab/nuget)\n\nB.\n\n# Next\n\nC.\n');
    expect(tree.children.map((n) => (n.type === 'mdxJsxFlowElement' ? attr(n, 'groupId') : n.type))).toEqual([
      'heading',
      'netcore-cli+nuget',
      'heading',
      'paragraph',
    ]);
  });

  it('leaves headings with ordinary links alone', () => {
    expect(run('# [A page](other.md)\n\nText.\n').children.map((n) => n.type)).toEqual(['heading', 'paragraph']);
  });
});

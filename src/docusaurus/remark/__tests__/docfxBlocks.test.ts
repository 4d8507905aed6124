import type {Image, Link, Paragraph, Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {toString} from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import {dedentTripleColon, markTripleColon} from '../../../core/docfx/tripleColon';
import remarkDocfxBlocks from '../docfxBlocks';

/** The page as the site reads it: dedented and marked by the Markdown preprocessor, then the plugin. */
function run(text: string): {tree: Root; file: VFile} {
  const value = markTripleColon(dedentTripleColon(text)?.text ?? text);
  const processor = unified().use(remarkParse).use(remarkDocfxBlocks);
  const file = new VFile({value, path: 'docs/page.md'});
  return {tree: processor.runSync(processor.parse(file), file) as Root, file};
}

const attr = (node: MdxJsxFlowElement | undefined, name: string) => node?.attributes.find((a) => 'name' in a && a.name === name)?.value;

describe('remarkDocfxBlocks', () => {
  it('makes a :::image an image, linked to its lightbox version (a real Edge line)', () => {
    const {tree} = run(':::image type="content" source="./media/a.png" alt-text="Escolha Ativado" lightbox="./media/a-big.png":::\n');
    const link = (tree.children[0] as Paragraph).children[0] as Link;
    const image = link.children[0] as Image;
    expect([link.url, image.url, image.alt]).toEqual(['./media/a-big.png', './media/a.png', 'Escolha Ativado']);
  });

  it('makes rows of columns of the indented content, headings and pairs included (a real Edge PWA page)', () => {
    const {tree} = run(
      ':::row:::\n    :::column:::\n        ### Discoverable\n        From web search.\n    :::column-end:::\n    :::column span="2":::\n        Installable\n    :::column-end:::\n:::row-end:::\n\nAfter.\n',
    );
    const row = tree.children[0] as MdxJsxFlowElement;
    const columns = row.children as MdxJsxFlowElement[];
    expect([attr(row, 'className'), columns.map((c) => [attr(c, 'className'), attr(c, 'data-span'), c.children.map((n) => n.type)])]).toEqual([
      'docfx-row',
      [
        ['docfx-column', undefined, ['heading', 'paragraph']],
        ['docfx-column', '2', ['paragraph']],
      ],
    ]);
    expect(toString(tree.children[1] ?? [])).toBe('After.');
  });

  it('puts a complex image long description in a figure the reader opens', () => {
    const {tree} = run(':::image type="complex" source="a.png" alt-text="A chart":::\n   The long description.\n:::image-end:::\n');
    const figure = tree.children[0] as MdxJsxFlowElement;
    const [image, description] = figure.children as [Paragraph, MdxJsxFlowElement];
    expect([figure.name, (image.children[0] as Image).alt, description.name, toString(description)]).toEqual([
      'figure',
      'A chart',
      'ImageDescription',
      'The long description.',
    ]);
  });

  it('makes pivot zones, with a picker of their pivots before the first', () => {
    const {tree} = run('# T\n\n::: zone pivot="csharp"\n\nC#.\n\n::: zone-end\n\n::: zone pivot="python,javascript"\n\nPython.\n\n::: zone-end\n');
    const [, picker, csharp, python] = tree.children as MdxJsxFlowElement[];
    expect([picker?.name, attr(picker, 'pivots'), attr(csharp, 'data-pivot'), attr(python, 'data-pivot')]).toEqual([
      'ZonePicker',
      'csharp python javascript',
      'csharp',
      'python javascript',
    ]);
  });

  it('warns with file:line:column on markers that do not fit, and never shows them as text', () => {
    const {tree, file} = run('Text.\n\n:::column-end:::\n\n:::widget:::\n\n:::row:::\n\nOpen.\n');
    expect(file.messages.map((m) => [m.line, m.column, m.ruleId])).toEqual([
      [3, 1, 'stray-end'],
      [5, 1, 'unknown-block'],
      [7, 1, 'unclosed-block'],
    ]);
    expect(toString(tree)).not.toContain(':::');
  });
});

import type {Link, Root} from 'mdast';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkHtmlBlocks from '../htmlBlocks';

function run(text: string, path: string): Root {
  const processor = unified().use(remarkParse).use(remarkHtmlBlocks);
  const file = new VFile({value: text, path});
  return processor.runSync(processor.parse(file), file) as Root;
}

const card =
  '<ul class="columns">\n<li><a href="/azure/architecture/hpc">\n<article class="card"><img src="../a.png"><h3><span data-ttu-id="a-1">卡片</span><span class="sxs-lookup"><span data-stu-id="a-1">Card</span></span></h3>\n<script>alert(1)</script></article></a></li>\n</ul>\n';

describe('remarkHtmlBlocks', () => {
  it('renders a real Architecture Center card as elements, its pair as a segment and its link as a Markdown link, without images or scripts', () => {
    const tree = run(card, '/site/i18n/zh-TW/docusaurus-plugin-content-docs/current/page.md');
    const names: string[] = [];
    visit(tree, (node) => {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') names.push((node as MdxJsxFlowElement).name ?? '');
      if (node.type === 'link') names.push(`link ${(node as Link).url}`);
    });
    expect(names).toEqual(['ul', 'li', 'link /azure/architecture/hpc', 'article', 'h3', 'span', 'span', 'span']);
    const segments: Array<[unknown, unknown]> = [];
    visit(tree, 'mdxJsxTextElement', (node: MdxJsxTextElement) => {
      const attr = (name: string) => node.attributes.find((a) => 'name' in a && a.name === name)?.value;
      if (attr('className') === 'bi-seg') segments.push([attr('data-seg'), attr('tabIndex')]);
      if (attr('className') === 'bi-t') segments.push(['lang', attr('lang')]);
    });
    expect(segments).toEqual([
      ['a-1', '0'],
      ['lang', 'zh-TW'],
    ]);
  });

  it('leaves single allowed tags and comments to the inline rules', () => {
    expect(run('<br/>\n\n<!-- a comment -->\n', '/site/docs/page.md').children.map((n) => n.type)).toEqual(['html', 'html']);
  });
});

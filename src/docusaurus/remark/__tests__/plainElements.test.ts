import type {Element, Nodes as HastNodes, Root as HastRoot} from 'hast';
import {toHtml} from 'hast-util-to-html';
import type {Nodes, Root} from 'mdast';
import type {MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import rehypeRaw from 'rehype-raw';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {describe, expect, it} from 'vitest';
import remarkPlainElements from '../plainElements';
import {transform} from './pipeline';

const MDX_NODES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'] as const;

/** As Docusaurus compiles a `.md` page: JSX passed through remark-rehype and rehype-raw. */
function toHast(tree: Root): HastRoot {
  const processor = unified()
    .use(remarkRehype, {allowDangerousHtml: true, passThrough: [...MDX_NODES]})
    .use(rehypeRaw, {passThrough: [...MDX_NODES]});
  return processor.runSync(structuredClone(tree) as never) as HastRoot;
}

/** The HTML React renders: JSX elements left in the tree as the elements they name. */
function rendered(node: HastNodes): string {
  const asElements = (n: HastNodes): HastNodes => {
    const jsx = n as unknown as MdxJsxTextElement;
    if (jsx.type === 'mdxJsxTextElement') {
      const properties = Object.fromEntries(jsx.attributes.map((a) => ('name' in a ? [a.name, a.value as string] : ['', ''])));
      return {type: 'element', tagName: jsx.name ?? 'span', properties, children: jsx.children.map((c) => asElements(c as never)) as Element['children']};
    }
    return 'children' in n ? ({...n, children: n.children.map((c) => asElements(c))} as HastNodes) : n;
  };
  return toHtml(asElements(node));
}

function count(tree: Nodes | HastNodes, type: string): number {
  let n = 0;
  const stack: Array<Nodes | HastNodes> = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === type) n++;
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
  return n;
}

const page = [
  '# <span data-ttu-id="a-101">標題</span><span class="sxs-lookup"><span data-stu-id="a-101">Title</span></span>',
  '',
  '<span data-ttu-id="a-102">使用 `ws` 與 [連結](https://example.com)。</span><span class="sxs-lookup"><span data-stu-id="a-102">Use `ws` and a [link](https://example.com).</span></span> <span data-ttu-id="a-103">第二句 <b>粗體。</span><span class="sxs-lookup"><span data-stu-id="a-103">Second <b>bold.</span></span>',
  '',
].join('\n');

describe('remarkPlainElements', () => {
  it('renders a page exactly as its JSX did, with the sentences free of raw HTML as plain elements', () => {
    const {tree} = transform(page);
    const before = toHast(tree);
    const converted = structuredClone(tree);
    remarkPlainElements()(converted);
    const after = toHast(converted);
    expect(rendered(after)).toBe(rendered(before));
    // Three spans a sentence: the heading's and the first sentence's become elements; the one with
    // raw HTML (an unclosed <b>) keeps its three, parsed on their own.
    expect(count(before, 'mdxJsxTextElement')).toBe(9);
    expect(count(after, 'mdxJsxTextElement')).toBe(3);
    expect(rendered(after)).toContain('<span class="bi-seg" data-seg="a-102" tabindex="0"><span class="bi-t" lang="zh-TW">使用 <code>ws</code>');
  });

  it('leaves block elements, components and elements with expression attributes as JSX', () => {
    const component: MdxJsxTextElement = {type: 'mdxJsxTextElement', name: 'MissingContent', attributes: [], children: []};
    const expression: MdxJsxTextElement = {
      type: 'mdxJsxTextElement',
      name: 'span',
      attributes: [{type: 'mdxJsxAttribute', name: 'style', value: {type: 'mdxJsxAttributeValueExpression', value: '{}'}}],
      children: [],
    };
    const row = {type: 'mdxJsxFlowElement', name: 'tr', attributes: [], children: []} as const;
    const table = {type: 'mdxJsxFlowElement', name: 'table', attributes: [], children: [row]} as const;
    const tree = {type: 'root', children: [{type: 'paragraph', children: [component, expression]}, table]} as unknown as Root;
    remarkPlainElements()(tree);
    expect([count(tree, 'mdxJsxTextElement'), count(tree, 'mdxJsxFlowElement')]).toEqual([2, 2]);
  });

  it('converts a tree 100,000 levels deep without running out of stack', () => {
    const tree: Root = {type: 'root', children: []};
    let parent: {children: unknown[]} = tree;
    for (let i = 0; i < 100_000; i++) {
      const span: MdxJsxTextElement = {type: 'mdxJsxTextElement', name: 'span', attributes: [], children: []};
      parent.children.push(span);
      parent = span;
    }
    remarkPlainElements()(tree);
    expect([count(tree, 'mdxJsxTextElement'), count(tree, 'plainTextElement')]).toEqual([0, 100_000]);
  });
});

import type {PhrasingContent} from 'mdast';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';

/** An inline JSX element: survives both .md and .mdx compilation and keeps attributes in the table of contents. */
export function jsxSpan(attributes: Record<string, string>, children: PhrasingContent[], name = 'span'): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name,
    attributes: Object.entries(attributes).map(([attrName, value]) => ({type: 'mdxJsxAttribute', name: attrName, value})),
    children,
  };
}

/** A block JSX element, for a component our plugins place between blocks. */
export function jsxFlow(name: string, attributes: Record<string, string>, children: MdxJsxFlowElement['children'] = []): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([attrName, value]) => ({type: 'mdxJsxAttribute', name: attrName, value})),
    children,
  };
}

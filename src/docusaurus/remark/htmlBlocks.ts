import type {Element, ElementContent} from 'hast';
import type {Parent, PhrasingContent, Root, RootContent} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import {SKIP, visit} from 'unist-util-visit';
import {markerOfComment} from '../../core/docfx/tripleColon';
import {localeOfPath} from '../../core/i18n/paths';
import {sanitizedHtmlFragment} from '../../core/markdown/htmlFragment';
import {isSafeHtml} from '../../core/markdown/safeHtml';
import {jsxSpan} from './jsx';

/** Elements that hold blocks; every other allowed element is phrasing. */
const FLOW = new Set(
  'address article aside blockquote caption col colgroup dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);

/** hast property names as React reads them: `dataTtuId` → `data-ttu-id`, `ariaLabel` → `aria-label`. */
function reactName(property: string): string {
  return /^(data|aria)[A-Z]/.test(property) ? property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) : property;
}

function attributes(element: Element): MdxJsxAttribute[] {
  return Object.entries(element.properties)
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(([name, value]) => ({type: 'mdxJsxAttribute', name: reactName(name), value: Array.isArray(value) ? value.join(' ') : String(value)}));
}

const isSpan = (node: ElementContent | undefined, test: (e: Element) => boolean): node is Element =>
  node?.type === 'element' && node.tagName === 'span' && test(node);
/** A bilingual segment already made among the siblings. */
const isSegment = (node: RootContent) =>
  node.type === 'mdxJsxTextElement' && node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'data-seg');

const hasClass = (e: Element, name: string) => (Array.isArray(e.properties.className) ? e.properties.className : []).includes(name);

/**
 * A raw HTML block as JSX: its elements as React's intrinsic elements, its links as Markdown links
 * (so the link plugins rewrite them like any other), and each span pair as a bilingual segment.
 */
function toJsx(nodes: readonly ElementContent[], locale: string): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    // After sanitizing, only elements and text remain (comments are dropped).
    if (!node || node.type !== 'element') {
      if (node?.type === 'text' && node.value.trim() !== '') out.push({type: 'text', value: node.value} as RootContent);
      continue;
    }
    const lookup = nodes.slice(i + 1).find((n) => n.type !== 'text' || n.value.trim() !== '');
    if (isSpan(node, (e) => e.properties.dataTtuId !== undefined) && isSpan(lookup, (e) => hasClass(e, 'sxs-lookup'))) {
      const source = lookup.children.find((c): c is Element => isSpan(c, (e) => e.properties.dataStuId !== undefined));
      const id = String(node.properties.dataTtuId);
      const side = (children: ElementContent[]) => toJsx(children, locale) as PhrasingContent[];
      out.push(
        // The first sentence of the block is its Tab stop; the arrow keys reach the others.
        jsxSpan({className: 'bi-seg', 'data-seg': id, tabIndex: out.some(isSegment) ? '-1' : '0'}, [
          jsxSpan({className: 'bi-t', lang: locale}, side(node.children)),
          jsxSpan({className: 'bi-s', lang: 'en'}, side(source?.children ?? [])),
        ]) as RootContent,
      );
      i = nodes.indexOf(lookup);
      continue;
    }
    const children = toJsx(node.children, locale);
    if (node.tagName === 'a' && typeof node.properties.href === 'string') {
      out.push({type: 'link', url: node.properties.href, children: children as PhrasingContent[]} as RootContent);
      continue;
    }
    const element = {
      type: FLOW.has(node.tagName) ? 'mdxJsxFlowElement' : 'mdxJsxTextElement',
      name: node.tagName,
      attributes: attributes(node),
      children,
    } as MdxJsxFlowElement | MdxJsxTextElement;
    out.push(element as RootContent);
  }
  return out;
}

/**
 * Raw HTML blocks render as the HTML they are, through an allow-list, instead of as text: imported
 * sets use them for cards and tables, with span pairs inside that become bilingual segments like
 * any other. A block that is a single allowed tag or a comment is left to the inline HTML rules.
 */
export default function remarkHtmlBlocks() {
  return (tree: Root, file: VFile) => {
    const locale = localeOfPath(file.path) ?? 'en';
    visit(tree, 'html', (node, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || parent.type === 'paragraph' || parent.type === 'heading' || parent.type === 'tableCell') return undefined;
      if (isSafeHtml(node.value) || markerOfComment(node.value)) return undefined;
      const content = toJsx(sanitizedHtmlFragment(node.value).children as ElementContent[], locale);
      parent.children.splice(index, 1, ...(content as Parent['children']));
      return [SKIP, index + content.length];
    });
  };
}

import type {Blockquote, BlockContent, DefinitionContent, Paragraph, Root, RootContent} from 'mdast';
import type {ContainerDirective} from 'mdast-util-directive';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {toString} from 'mdast-util-to-string';
import {SKIP, visit} from 'unist-util-visit';
import {parseAlertMarker} from '../../core/docfx/alert';
import {parseDivMarker, parseVideoMarker} from '../../core/docfx/blockMarkers';

type QuoteContent = BlockContent | DefinitionContent;
type Block = ContainerDirective | MdxJsxFlowElement;

/** The block a quote's child opens (an alert or a `[!div]`), with its marker taken off the paragraph; undefined when it opens none. */
function openedBlock(child: QuoteContent): Block | undefined {
  const lead = child.type === 'paragraph' ? child.children[0] : undefined;
  if (lead?.type !== 'text' || child.type !== 'paragraph') return undefined;
  const alert = parseAlertMarker(lead.value);
  const div = alert ? undefined : parseDivMarker(lead.value);
  if (!alert && !div) return undefined;
  lead.value = lead.value.slice((alert ?? div)?.length ?? 0);
  if (lead.value === '') child.children.shift();
  if (alert) return {type: 'containerDirective', name: alert.kind, attributes: {}, children: []};
  const classes = (div?.className ?? '').split(/\s+/).map((c) => `docfx-${c}`);
  return {
    type: 'mdxJsxFlowElement',
    name: 'div',
    attributes: [{type: 'mdxJsxAttribute', name: 'className', value: ['docfx-div', ...classes].join(' ')}],
    children: [],
  };
}

/** A line of a quote's paragraph that starts with an alert or `[!div]` marker: DocFX starts a new block there. */
const MARKER_LINE = /\n(?=\[!(?:note|tip|important|caution|warning|div)\b)/i;

/**
 * A quote's paragraph cut before each line that starts with a marker (`> text` then `> [!Note]`,
 * with no blank `>` line between, as NuGet's pages write it): CommonMark reads those lines as one
 * paragraph, DocFX as a new alert. Only breaks in the paragraph's own text are cut.
 */
function splitAtMarkers(child: QuoteContent): QuoteContent[] {
  if (child.type !== 'paragraph') return [child];
  const parts: Paragraph[] = [{...child, children: []}];
  for (const node of child.children) {
    let rest = node;
    for (let cut = rest.type === 'text' ? MARKER_LINE.exec(rest.value) : null; cut && rest.type === 'text'; cut = MARKER_LINE.exec(rest.value)) {
      const before = rest.value.slice(0, cut.index);
      if (before !== '') parts.at(-1)?.children.push({type: 'text', value: before});
      parts.push({type: 'paragraph', children: []});
      rest = {type: 'text', value: rest.value.slice(cut.index + 1)};
    }
    parts.at(-1)?.children.push(rest);
  }
  return parts.filter((p) => p.children.length > 0);
}

/** The click-to-load player that stands for a `[!VIDEO url]` paragraph. */
function video(src: string, node: Paragraph): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: 'DocfxVideo',
    attributes: [{type: 'mdxJsxAttribute', name: 'src', value: src}],
    children: [],
    position: node.position,
  };
}

/**
 * DocFX's quote markers. `> [!NOTE]` blockquotes become the container directives Docusaurus'
 * admonitions plugin (which runs after us) renders, so the alert gets the theme's localized title
 * and styling; `> [!div class="nextstepaction"]` becomes a styled box. As in DocFX, a marker further
 * down the same quote (`>` lines between two alerts) opens the next block. `[!VIDEO url]`, in a quote
 * or not, becomes a player that loads nothing until the reader asks.
 */
export default function remarkDocfxAlerts() {
  return (tree: Root) => {
    visit(tree, 'paragraph', (node, index, parent) => {
      const src = parent && index !== undefined ? parseVideoMarker(toString(node)) : undefined;
      if (!src || !parent || index === undefined) return undefined;
      parent.children.splice(index, 1, video(src, node) as RootContent as Paragraph);
      return SKIP;
    });
    visit(tree, 'blockquote', (quote: Blockquote, index, parent) => {
      if (!parent || index === undefined) return undefined;
      const before: QuoteContent[] = [];
      const blocks: Block[] = [];
      for (const child of quote.children.flatMap(splitAtMarkers)) {
        const opened = openedBlock(child);
        if (opened) blocks.push(opened);
        const target = blocks.at(-1);
        const emptied = child.type === 'paragraph' && child.children.length === 0;
        if (!target) before.push(child);
        else if (!emptied) target.children.push(child as ContainerDirective['children'][number]);
      }
      // A quote that only holds a player is the player.
      if (blocks.length === 0 && before.length === 1 && (before[0] as RootContent).type === 'mdxJsxFlowElement') {
        parent.children.splice(index, 1, before[0] as RootContent);
        return index + 1;
      }
      if (blocks.length === 0) return undefined;
      const replacement = [...(before.length > 0 ? [{...quote, children: before}] : []), ...blocks] as RootContent[];
      parent.children.splice(index, 1, ...replacement);
      return index + replacement.length;
    });
  };
}

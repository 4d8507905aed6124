import type {Heading, Html, Nodes, Paragraph, Root, TableCell} from 'mdast';

/** A block whose text may hold pairs or sentences; an HTML block's (a card, a table) sits between its tags. */
export type SegmentNode = Paragraph | Heading | TableCell | Html;

/** A block whose inline content can hold span pairs or sentences, as offsets into the page. */
export interface TextBlock {
  type: SegmentNode['type'];
  /** Heading level. */
  depth?: number;
  start: number;
  end: number;
  /** Inline code inside the block: span-like text there is literal. */
  code: Array<[number, number]>;
}

export interface TreeTextBlock extends TextBlock {
  node: SegmentNode;
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'tableCell']);

/** An HTML block that may hold text: any but a comment. (Walking never enters a paragraph, so every HTML node met is a block.) */
export const isTextHtmlBlock = (value: string) => !value.trimStart().startsWith('<!--');

function isSegmentNode(node: Nodes): node is SegmentNode {
  return BLOCK_TYPES.has(node.type) || (node.type === 'html' && isTextHtmlBlock(node.value));
}

function codeRanges(node: Nodes, ranges: Array<[number, number]> = []): Array<[number, number]> {
  if (node.type === 'inlineCode') {
    const [start, end] = [node.position?.start.offset, node.position?.end.offset];
    if (start !== undefined && end !== undefined) ranges.push([start, end]);
  } else if ('children' in node) for (const child of node.children) codeRanges(child as Nodes, ranges);
  return ranges;
}

/** The text blocks of a parsed tree, in document order; code blocks are never text blocks. */
export function treeTextBlocks(tree: Root): TreeTextBlock[] {
  const blocks: TreeTextBlock[] = [];
  const walk = (node: Nodes) => {
    if (isSegmentNode(node)) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      blocks.push({type: node.type, ...(node.type === 'heading' ? {depth: node.depth} : {}), start, end, code: codeRanges(node), node});
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return blocks;
}

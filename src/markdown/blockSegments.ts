import type {Heading, Nodes, Paragraph, Root, TableCell} from 'mdast';
import {parseSpanPairs, SpanPairError, type SpanSegment} from './spanPairs';

/** The mdast blocks whose inline content can hold span pairs. */
export type SegmentBlock = Paragraph | Heading | TableCell;

export interface BlockSegments {
  block: SegmentBlock;
  start: number;
  end: number;
  segments: SpanSegment[];
  error?: SpanPairError;
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'tableCell']);

function isSegmentBlock(node: Nodes): node is SegmentBlock {
  return BLOCK_TYPES.has(node.type);
}

/**
 * Runs the span-pair parser over each inline block of a parsed document, in document order.
 * Code blocks and inline code are never scanned, so span syntax shown as code stays code.
 * Errors are returned per block rather than thrown, so callers choose strict or lenient handling.
 */
export function collectBlockSegments(tree: Root, text: string): BlockSegments[] {
  const result: BlockSegments[] = [];
  const seenIds = new Map<string, number>();
  const walk = (node: Nodes) => {
    if (isSegmentBlock(node)) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      try {
        const segments = text.slice(start, end).includes('<')
          ? parseSpanPairs(text, {from: start, to: end, seenIds, skip: codeRanges(node)})
          : [];
        result.push({block: node, start, end, segments});
      } catch (error) {
        if (!(error instanceof SpanPairError)) throw error;
        result.push({block: node, start, end, segments: [], error});
      }
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return result;
}

/** Offsets of inline code inside a block: span-like text there is literal. */
function codeRanges(node: Nodes): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const walk = (n: Nodes) => {
    if (n.type === 'inlineCode' && n.position) {
      ranges.push([n.position.start.offset!, n.position.end.offset!]);
    } else if ('children' in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(node);
  return ranges;
}

import {parseSpanPairs, SpanPairError, type SpanSegment} from './spanPairs';
import {treeTextBlocks, type TextBlock, type TreeTextBlock} from './textBlocks';
import type {Root} from 'mdast';

export interface BlockSegments<B extends TextBlock = TextBlock> {
  block: B;
  start: number;
  end: number;
  segments: SpanSegment[];
  error?: SpanPairError;
}

/**
 * Runs the span-pair parser over each text block of a document, in document order.
 * Inline code is never scanned, so span syntax shown as code stays code.
 * Errors are returned per block rather than thrown, so callers choose strict or lenient handling.
 */
export function segmentTextBlocks<B extends TextBlock>(text: string, blocks: readonly B[]): Array<BlockSegments<B>> {
  const seenIds = new Map<string, number>();
  return blocks.map((block) => {
    const {start, end} = block;
    try {
      const segments = text.slice(start, end).includes('<') ? parseSpanPairs(text, {from: start, to: end, seenIds, skip: block.code}) : [];
      return {block, start, end, segments};
    } catch (error) {
      if (!(error instanceof SpanPairError)) throw error;
      return {block, start, end, segments: [], error};
    }
  });
}

/** The segments of a parsed tree's blocks, each with its mdast node for plugins that rewrite it. */
export function collectBlockSegments(tree: Root, text: string): Array<BlockSegments<TreeTextBlock>> {
  return segmentTextBlocks(text, treeTextBlocks(tree));
}

import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {collectBlockSegments, type BlockSegments} from '../../core/markdown/blockSegments';
import type {TreeTextBlock} from '../../core/markdown/textBlocks';

/**
 * The span pairs of a page's text blocks, found once per compile and kept in `file.data` with the
 * tree they were found in: the drift plugin reads them and the segment plugin then rewrites the same
 * blocks. A file compiled again (a new tree) is analysed afresh.
 */
export function pageSegments(tree: Root, file: VFile): Array<BlockSegments<TreeTextBlock>> {
  const known = file.data.blockSegments;
  if (known?.tree === tree) return known.blocks;
  const blocks = collectBlockSegments(tree, String(file.value));
  file.data.blockSegments = {tree, blocks};
  return blocks;
}

declare module 'vfile' {
  interface DataMap {
    blockSegments: {tree: Root; blocks: Array<BlockSegments<TreeTextBlock>>};
  }
}

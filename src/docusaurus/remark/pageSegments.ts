import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {collectBlockSegments, type BlockSegments} from '../../core/markdown/blockSegments';
import type {TreeTextBlock} from '../../core/markdown/textBlocks';

/**
 * The span pairs of a page's text blocks, found once per compile and kept in `file.data`: the
 * drift plugin reads them and the segment plugin then rewrites the same blocks.
 */
export function pageSegments(tree: Root, file: VFile): Array<BlockSegments<TreeTextBlock>> {
  return (file.data.blockSegments ??= collectBlockSegments(tree, String(file.value)));
}

declare module 'vfile' {
  interface DataMap {
    blockSegments: Array<BlockSegments<TreeTextBlock>>;
  }
}

import {locateTextBlocks} from './locateTextBlocks';
import {parseMarkdown} from './parseMarkdown';
import {treeTextBlocks, type TextBlock} from './textBlocks';

/** The text blocks of a page: located by the block parser where that is exact, else from a full parse. */
export function textBlocksOf(text: string): TextBlock[] {
  return locateTextBlocks(text) ?? treeTextBlocks(parseMarkdown(text));
}

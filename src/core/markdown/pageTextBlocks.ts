import {maskTableCodePipes} from '../docfx/tablePipes';
import {dedentTripleColon} from '../docfx/tripleColon';
import {locateTextBlocks} from './locateTextBlocks';
import {parseMarkdown} from './parseMarkdown';
import {treeTextBlocks, type TextBlock} from './textBlocks';

/** Pipes in a table cell's inline code stay in the cell, as DocFX reads them; masking them keeps every offset. */
function blocksOf(text: string): TextBlock[] {
  const masked = maskTableCodePipes(text);
  return locateTextBlocks(masked) ?? treeTextBlocks(parseMarkdown(masked));
}

/**
 * The text blocks of a page: located by the block parser where that is exact, else from a full
 * parse. The content of DocFX rows and columns is read dedented, as the site renders it (indented,
 * CommonMark would take it for code), and its offsets are mapped back to the page's text.
 */
export function textBlocksOf(text: string): TextBlock[] {
  const dedented = dedentTripleColon(text);
  if (!dedented) return blocksOf(text);
  const at = (offset: number) => dedented.toOriginal(offset);
  return blocksOf(dedented.text).map((b) => ({...b, start: at(b.start), end: at(b.end), code: b.code.map(([s, e]): [number, number] => [at(s), at(e)])}));
}

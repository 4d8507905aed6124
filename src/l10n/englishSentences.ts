import {parseAlertMarker} from '../markdown/alert';
import {parseCodeInclude} from '../markdown/codeInclude';
import {looksLikeMonikerFence} from '../markdown/moniker';
import {textBlocksOf} from '../markdown/textBlocks';

/** One sentence of the English page, as raw Markdown at [start, end) of the page text. */
export interface EnglishSentence {
  start: number;
  end: number;
  text: string;
  /** Index of the block (paragraph, heading, table cell) it belongs to. */
  block: number;
}

const segmenter = new Intl.Segmenter('en', {granularity: 'sentence'});

/** Syntax inside a block that is never translated: heading marks, anchors, alert marks, quote prefixes, DocFX lines, images. */
function excludedRanges(slice: string, kind: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const add = (re: RegExp) => {
    for (const m of slice.matchAll(re)) ranges.push([m.index!, m.index! + m[0].length]);
  };
  if (kind === 'heading') add(/^#{1,6}[ \t]*/g);
  // GFM table cell positions include the cell's pipes.
  if (kind === 'tableCell') add(/^\s*\||\|\s*$/g);
  add(/<a\s[^>]*>\s*<\/a>/gi);
  add(/!\[[^\]]*\]\([^)]*\)/g);
  add(/(^|\n)[ \t]*>[ \t]?/g);
  let offset = 0;
  for (const line of slice.split('\n')) {
    const content = line.replace(/^[\s>]*/, '');
    const lead = line.length - content.length;
    const alert = parseAlertMarker(content);
    if (alert) ranges.push([offset + lead, offset + lead + alert.length]);
    if (parseCodeInclude(content) || looksLikeMonikerFence(content)) ranges.push([offset, offset + line.length]);
    offset += line.length + 1;
  }
  return ranges;
}

/**
 * The English page split into sentences with Intl.Segmenter, block by block, skipping syntax that
 * is never translated. Offsets point into the page, so a localized page can be rebuilt on it.
 */
export function englishSentences(text: string): EnglishSentence[] {
  const sentences: EnglishSentence[] = [];
  textBlocksOf(text).forEach(({type, start, end}, index) => {
    const slice = text.slice(start, end);
    const excluded = new Uint8Array(slice.length);
    for (const [a, b] of excludedRanges(slice, type)) excluded.fill(1, a, b);
    let i = 0;
    while (i < slice.length) {
      if (excluded[i]) {
        i++;
        continue;
      }
      let j = i;
      while (j < slice.length && !excluded[j]) j++;
      for (const {segment, index: at} of segmenter.segment(slice.slice(i, j))) {
        const lead = segment.length - segment.trimStart().length;
        const body = segment.trim();
        if (!/[\p{L}\p{N}]/u.test(body)) continue;
        const s = start + i + at + lead;
        sentences.push({start: s, end: s + body.length, text: body, block: index});
      }
      i = j;
    }
  });
  return sentences;
}

/** Whitespace-insensitive form used to compare English texts. */
export function normalizeEnglish(text: string): string {
  // Testing first is cheaper than replacing: most sentences hold only single spaces.
  return (/\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

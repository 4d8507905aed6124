import {toString} from 'mdast-util-to-string';
import {parseAlertMarker} from '../../../src/markdown/alert';
import {segmentTextBlocks, type BlockSegments} from '../../../src/markdown/blockSegments';
import {parseCodeInclude} from '../../../src/markdown/codeInclude';
import {splitFrontMatter} from '../../../src/markdown/frontMatter';
import {parseMarkdown} from '../../../src/markdown/parseMarkdown';
import {createLocator, type Point} from '../../../src/markdown/position';
import type {SpanSegment} from '../../../src/markdown/spanPairs';
import {textBlocksOf} from '../../../src/markdown/textBlocks';
import {L10nError} from './errors';

/** A Microsoft-style localized Markdown file, parsed once for every l10n command. */
export interface LocalizedDoc {
  path: string;
  text: string;
  data: Record<string, unknown>;
  segments: SpanSegment[];
  /** Blocks with words outside any span pair: nothing to pair them with. */
  unpaired: Array<{line: number; column: number; text: string}>;
  /** The plain English of the first-level heading, used as the English title. */
  englishTitle?: string;
}

export function readLocalizedDoc(path: string, text: string): LocalizedDoc {
  const blocks = segmentTextBlocks(text, textBlocksOf(text));
  let locator: ((offset: number) => Point) | undefined;
  const locate = (offset: number) => (locator ??= createLocator(text))(offset);
  const failed = blocks.find((b) => b.error);
  if (failed?.error) {
    const {line, column} = locate(failed.error.offset);
    throw new L10nError(failed.error.code, failed.error.message, {file: path, line, column});
  }
  const unpaired = blocks.flatMap((block) => {
    const outside = textOutsideSegments(text, block);
    if (!/[\p{L}\p{N}]/u.test(outside)) return [];
    const {line, column} = locate(block.start);
    return [{line, column, text: outside.trim().slice(0, 80)}];
  });
  // Front matter and title are read on first use: few commands need them, and parsing them costs
  // more than finding the page's segments.
  let data: Record<string, unknown> | undefined;
  const h1 = blocks.find((b) => b.block.type === 'heading' && b.block.depth === 1);
  let title: string | null | undefined = null;
  return {
    path,
    text,
    segments: blocks.flatMap((b) => b.segments),
    unpaired,
    get data() {
      return (data ??= splitFrontMatter(text).data);
    },
    get englishTitle() {
      return title === null ? (title = englishTitle(h1)) : title;
    },
  };
}

/**
 * Words outside the block's span pairs, line by line, minus syntax that carries none: heading
 * anchors, DocFX code includes, alert markers and moniker fences (read with the same parsers the
 * site uses, so the two never disagree).
 */
function textOutsideSegments(text: string, block: BlockSegments): string {
  let outside = '';
  let at = block.start;
  for (const s of block.segments) {
    outside += text.slice(at, s.start) + ' ';
    at = s.end;
  }
  outside += text.slice(at, block.end);
  return outside
    .split('\n')
    .map((line) => {
      const content = line.replace(/^[\s>]*/, '');
      if (parseCodeInclude(content) || content.startsWith(':::')) return '';
      const alert = parseAlertMarker(content);
      return (alert ? content.slice(alert.length) : content).replace(/<a\s[^>]*>\s*<\/a>/gi, ' ');
    })
    .join('\n');
}

function englishTitle(h1: BlockSegments | undefined): string | undefined {
  if (!h1 || h1.segments.length === 0) return undefined;
  return h1.segments.map((s) => toString(parseMarkdown(s.source))).join(' ').trim();
}

import {toString} from 'mdast-util-to-string';
import {parseAlertMarker} from '../docfx/alert';
import {segmentTextBlocks, type BlockSegments} from '../markdown/blockSegments';
import {CHARACTER_REFERENCE, EMPTY_ANCHOR, HTML_TAG, isWordlessLine, LINE_PREFIX, LINK_DESTINATION} from '../docfx/wordlessSyntax';
import {splitFrontMatter} from '../markdown/frontMatter';
import {parseMarkdown} from '../markdown/parseMarkdown';
import {plainInline} from '../markdown/pageTitle';
import {createLocator, type Point} from '../markdown/position';
import type {SpanSegment} from '../markdown/spanPairs';
import {textBlocksOf} from '../markdown/pageTextBlocks';
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
  /** The page's title as readers of the locale see it: its front matter `title`, else the translation of its first-level heading. */
  title?: string;
  /** Blocks whose pairs cannot be read as meant: the site shows their English, sync leaves the page alone. */
  malformed?: Malformed[];
}

/** A block with a pair that cannot be read as meant, at [start, end) of the page, its problem at line:column. */
export interface Malformed {
  start: number;
  end: number;
  code: string;
  message: string;
  line: number;
  column: number;
}

/** What parsing a localized page yields, apart from what is read lazily from its text. */
export interface LocalizedAnalysis {
  segments: SpanSegment[];
  unpaired: LocalizedDoc['unpaired'];
  /** The segments of the first-level heading, as [from, to) indexes into `segments`. */
  title?: [number, number];
  malformed?: Malformed[];
}

/**
 * Finds the span pairs of a localized page. A block with a malformed pair costs only that block:
 * it is listed in `malformed` with its line:column, and the other blocks' pairs are read.
 */
export function analyzeLocalized(text: string): LocalizedAnalysis {
  const blocks = segmentTextBlocks(text, textBlocksOf(text));
  let locator: ((offset: number) => Point) | undefined;
  const locate = (offset: number) => (locator ??= createLocator(text))(offset);
  const malformed = blocks.flatMap(({start, end, error}) => (error ? [{start, end, code: error.code, message: error.message, ...locate(error.offset)}] : []));
  let noLoc: RegExp | null | undefined;
  const unpaired = blocks.flatMap((block) => {
    if (block.error) return [];
    let outside = textOutsideSegments(text, block);
    if (!/[\p{L}\p{N}]/u.test(outside)) return [];
    // Terms the front matter marks `no-loc` stay in English outside the pairs (`SignalR<span …>`).
    noLoc ??= noLocTerms(text);
    if (noLoc) outside = outside.replace(noLoc, ' ');
    if (!/[\p{L}\p{N}]/u.test(outside)) return [];
    const {line, column} = locate(block.start);
    return [{line, column, text: outside.trim().slice(0, 80)}];
  });
  const segments: SpanSegment[] = [];
  let title: [number, number] | undefined;
  let h1Seen = false;
  for (const b of blocks) {
    if (!h1Seen && b.block.type === 'heading' && b.block.depth === 1) {
      h1Seen = true;
      if (b.segments.length > 0) title = [segments.length, segments.length + b.segments.length];
    }
    segments.push(...b.segments);
  }
  return {segments, unpaired, ...(title ? {title} : {}), ...(malformed.length > 0 ? {malformed} : {})};
}

/** The first malformed block of a page as an error at its file:line:column, for commands that rewrite the page. */
export function malformedError(doc: LocalizedDoc): L10nError | undefined {
  const first = doc.malformed?.[0];
  return first && new L10nError(first.code, first.message, {file: doc.path, line: first.line, column: first.column});
}

/**
 * A localized page with its analysis. Front matter and title are read on first use: few commands
 * need them, and parsing them costs more than finding the page's segments.
 */
export function localizedDoc(path: string, text: string, {segments, unpaired, title, malformed}: LocalizedAnalysis): LocalizedDoc {
  let data: Record<string, unknown> | undefined;
  let english: string | null | undefined = null;
  let localized: string | null | undefined = null;
  return {
    path,
    text,
    segments,
    unpaired,
    ...(malformed ? {malformed} : {}),
    get data() {
      return (data ??= splitFrontMatter(text).data);
    },
    get englishTitle() {
      if (english === null) english = title ? englishTitle(segments.slice(...title)) : undefined;
      return english;
    },
    get title() {
      if (localized === null) {
        const named = this.data.title;
        const heading = title
          ? plainInline(
              segments
                .slice(...title)
                .map((s) => s.target)
                .join(' '),
            )
          : '';
        localized = typeof named === 'string' && named.trim() ? plainInline(named) : heading || undefined;
      }
      return localized;
    },
  };
}

export function readLocalizedDoc(path: string, text: string): LocalizedDoc {
  return localizedDoc(path, text, analyzeLocalized(text));
}

/** Words outside the block's span pairs, line by line, minus the DocFX syntax that carries none. */
function textOutsideSegments(text: string, block: BlockSegments): string {
  // Inline code outside the pairs is never translated: `<type name>Id` in a table cell is not a sentence.
  const code = block.block.code.filter(([start]) => !block.segments.some((s) => start >= s.start && start < s.end));
  const skipped = [...block.segments.map((s): [number, number] => [s.start, s.end]), ...code].sort((a, b) => a[0] - b[0]);
  let outside = '';
  let at = block.start;
  for (const [start, end] of skipped) {
    outside += text.slice(at, start) + ' ';
    at = end;
  }
  outside += text.slice(at, block.end);
  return outside
    .split('\n')
    .map((line) => {
      const content = line.replace(LINE_PREFIX, '');
      if (isWordlessLine(content)) return '';
      const alert = parseAlertMarker(content);
      return (alert ? content.slice(alert.length) : content)
        .replace(EMPTY_ANCHOR, ' ')
        .replace(HTML_TAG, ' ')
        .replace(CHARACTER_REFERENCE, ' ')
        .replace(LINK_DESTINATION, ']');
    })
    .join('\n');
}

/** The page's `no-loc` terms as one pattern of whole words, or null when it has none. */
function noLocTerms(text: string): RegExp | null {
  const terms = splitFrontMatter(text).data['no-loc'];
  const words = (Array.isArray(terms) ? terms : []).filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  if (words.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

function englishTitle(segments: SpanSegment[]): string {
  return segments
    .map((s) => toString(parseMarkdown(s.source)))
    .join(' ')
    .trim();
}

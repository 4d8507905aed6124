import {parseAlertMarker} from '../docfx/alert';
import {CHARACTER_REFERENCE, EMPTY_ANCHOR, HTML_TAG, isWordlessLine, LINE_PREFIX, LINK_DESTINATION} from '../docfx/wordlessSyntax';
import {IMAGE} from '../markdown/image';
import {textBlocksOf} from '../markdown/pageTextBlocks';

/** One sentence of the English page, as raw Markdown at [start, end) of the page text. */
export interface EnglishSentence {
  start: number;
  end: number;
  text: string;
  /** Index of the block (paragraph, heading, table cell) it belongs to. */
  block: number;
}

const segmenter = new Intl.Segmenter('en', {granularity: 'sentence'});

/** Syntax inside a block that is never translated: heading marks, table pipes, images and the DocFX wordless syntax. */
function excludedRanges(slice: string, kind: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const add = (re: RegExp) => {
    for (const m of slice.matchAll(re)) ranges.push([m.index, m.index + m[0].length]);
  };
  if (kind === 'heading') add(/^#{1,6}[ \t]*/g);
  // In an HTML block (a card, a table) the text lies between the block tags, each run a sentence of its
  // own; inline tags (<strong>, <a href>) are part of the sentence, as in the pairs the tools make.
  if (kind === 'html') add(BLOCK_TAG);
  // GFM table cell positions include the cell's pipes.
  if (kind === 'tableCell') add(/^\s*\||\|\s*$/g);
  // Each pattern only where its first characters occur: most blocks have none of them.
  if (slice.includes('<')) {
    add(EMPTY_ANCHOR);
    // A line break in a table cell separates its sentences, as the translation tools read it.
    add(/<br\s*\/?>/gi);
  }
  if (slice.includes('![')) add(IMAGE);
  if (slice.includes('>')) add(/(^|\n)[ \t]*>[ \t]?/g);
  if (!slice.includes('[!') && !slice.includes(':::')) return ranges;
  let offset = 0;
  for (const line of slice.split('\n')) {
    const content = line.replace(LINE_PREFIX, '');
    const lead = line.length - content.length;
    const alert = parseAlertMarker(content);
    if (alert) ranges.push([offset + lead, offset + lead + alert.length]);
    if (isWordlessLine(content)) ranges.push([offset, offset + line.length]);
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
  textBlocksOf(text).forEach(({type, start, end, code}, index) => {
    const slice = text.slice(start, end);
    const add = (run: string, at: number) => {
      const lead = run.length - run.trimStart().length;
      const body = run.trim();
      const s = start + at + lead;
      // Nothing to translate: punctuation, inline code alone (`_<property name>` in a list), or an
      // `<xref:uid>` autolink alone (it shows the title of the page it names).
      const words = code.length > 0 ? withoutCode(text, s, s + body.length, code) : body;
      // A link's destination has no words either: `[\`PackageId\`](…#pack-target)` in a table is code alone.
      let prose = words.includes('](') ? words.replace(LINK_DESTINATION, ']') : words;
      // A character reference is one character, and no word (`&nbsp;`), though a sentence may hold it (`localhost:&lt;port&gt;`).
      if (prose.includes('&')) prose = prose.replace(CHARACTER_REFERENCE, ' ');
      // A field name alone (`@id`, `$schema` in NuGet's API tables) is an identifier, not a sentence.
      if (/^[@$][\w.:-]+$/.test(body)) return;
      if (!/[\p{L}\p{N}]/u.test(prose.includes('<') ? prose.replace(XREF_AUTOLINK, '').replace(HTML_TAG, '') : prose)) return;
      sentences.push({start: s, end: s + body.length, text: body, block: index});
    };
    let at = 0;
    const last: [number, number] = [slice.length, slice.length];
    for (const [a, b] of [...mergedRanges(excludedRanges(slice, type)), last]) {
      if (a > at) {
        const run = slice.slice(at, a);
        // The segmenter only breaks at sentence terminators and line separators: without any, the run is one sentence.
        if (!MAY_BREAK.test(run)) add(run, at);
        else for (const [i, j] of closingMarksKept([...segmenter.segment(masked(text, start + at, run, code))], run)) add(run.slice(i, j), at + i);
      }
      at = Math.max(at, b);
    }
  });
  return sentences;
}

/** Emphasis closed right after a sentence's end (`**Storage.** For logs…`), and what ends the sentence after it (`**Add Packages...**.`). */
const CLOSING_MARKS = /^[*_]+[.!?:]*(?=\s|$)/;

/** The segmenter's sentences as [start, end) in the run, each with the emphasis marks that close it. */
function closingMarksKept(segments: ReadonlyArray<{index: number; segment: string}>, run: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const {index, segment} of segments) {
    const last = out.at(-1);
    const marks = last ? CLOSING_MARKS.exec(segment)?.[0] : undefined;
    if (last && marks) {
      last[1] = index + marks.length;
      if (run.slice(last[1], index + segment.length).trim() !== '') out.push([last[1], index + segment.length]);
    } else out.push([index, index + segment.length]);
  }
  return out;
}

/**
 * A `.` that starts a word, as in `.NET` or `.csproj` (also as a link's or emphasis' first word,
 * `[.NET docs](…)`): not the end of a sentence, but the start of a word that may begin one.
 */
const LEADING_DOT = /(?<![^\s([*_"'])\.(?=\p{L})/gu;

/** Code as letters of the same length, its first letter kept (a capital where it has none). */
function maskedCode(inner: string): string {
  if (inner === '') return '';
  return (/^[\p{L}\p{N}]/u.test(inner) ? inner.charAt(0) : 'X') + 'x'.repeat(inner.length - 1);
}

/** text[from, to) without the block's inline code. */
function withoutCode(text: string, from: number, to: number, code: ReadonlyArray<readonly [number, number]>): string {
  let out = '';
  let at = from;
  for (const [a, b] of code) {
    if (b <= at || a >= to) continue;
    out += text.slice(at, Math.max(at, a));
    at = Math.min(to, b);
  }
  return out + text.slice(at, to);
}

/**
 * The run (text[from, from + run.length)) with what may look like a sentence end but is not one
 * replaced, length for length, by letters: the inside of the block's inline code (`int?`,
 * `.HasConversion<string>()`), leading dots and abbreviations. The backticks and a code span's
 * first letter stay, so a sentence may still begin with code.
 */
function masked(text: string, from: number, run: string, code: ReadonlyArray<readonly [number, number]>): string {
  if (code.length === 0 && !run.includes('.') && !run.includes('](') && !run.includes('<')) return run;
  let out = '';
  let at = 0;
  for (const [a, b] of code) {
    const start = a - from;
    const end = b - from;
    if (start < at || end > run.length) continue;
    out +=
      run.slice(at, start) +
      text.slice(a, b).replace(/^(`+)([\s\S]*?)(`+)$/, (_, open: string, inner: string, close: string) => open + maskedCode(inner) + close);
    at = end;
  }
  return (
    (out + run.slice(at))
      // A tag's attributes (`href="…?context=…"`) end no sentence.
      .replace(HTML_TAG, (tag) => 'x'.repeat(tag.length))
      .replace(LEADING_DOT, 'X')
      .replace(ABBREVIATION, (word) => word.replace(/\./g, 'x'))
      .replace(LINK_DESTINATION_INSIDE, (url) => 'x'.repeat(url.length))
  );
}

/** What is inside a link's `(…)`: a URL's `?` and `.` end no sentence. */
const LINK_DESTINATION_INSIDE = /(?<=\]\()[^()\s]*(?:\s+"[^"]*")?(?=\))/g;

const XREF_AUTOLINK = /<xref:[^>\s]+>/g;

const BLOCK_TAG = /<\/?(?!(?:a|abbr|b|code|em|i|kbd|mark|s|small|span|strong|sub|sup|u)[\s/>])[a-z][^<>]*>/gi;

/** Abbreviations that never end an English sentence (the segmenter has no list of its own). */
const ABBREVIATION = /(?<![\p{L}.])(?:e\.g|i\.e|vs|cf)\.(?=\s)/giu;

// Any non-ASCII code unit may be a terminator or separator of some script.
const MAY_BREAK = /[.!?\n\r\u0080-\uffff]/;

/** Ranges sorted and overlaps joined, so the text between them can be walked once. */
function mergedRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  ranges.sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const [a, b] of ranges) {
    const last = merged.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/** Whitespace-insensitive form used to compare English texts. */
export function normalizeEnglish(text: string): string {
  // Testing first is cheaper than replacing: most sentences hold only single spaces.
  return (/\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

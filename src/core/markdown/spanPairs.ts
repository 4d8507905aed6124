/**
 * The Microsoft localization span-pair format, parsed from plain text:
 *   <span data-ttu-id="K-N">translation</span><span class="sxs-lookup"><span data-stu-id="K-N">English</span></span>
 * Read and written here only, pure and position-exact, so the remark plugins and the CLI share it.
 */
import {codeSpanRanges} from './codeSpans';
import {SpanPairError} from './spanPairError';

export {SpanPairError} from './spanPairError';

export interface SpanSegment {
  id: string;
  /** Offsets into the parsed text: the whole pair, then each side's inner Markdown. */
  start: number;
  end: number;
  targetStart: number;
  targetEnd: number;
  sourceStart: number;
  sourceEnd: number;
  target: string;
  source: string;
  /** `data-l10n-state` of the translation span: "untranslated" where sync put the English in its place. */
  state?: string;
  /** Set when a tag of the pair was malformed in a way whose intent is unambiguous, and read as meant: what was wrong. */
  recovered?: string;
}

interface Tag {
  kind: 'target' | 'lookup' | 'source' | 'other' | 'close';
  id?: string;
  state?: string;
  start: number;
  end: number;
  raw: string;
  recovered?: boolean;
}

const TAG = /<span\b([^<>]*)>|<\/span\s*>/gi;
const ATTR = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i');
const TTU = ATTR('data-ttu-id');
const STU = ATTR('data-stu-id');
const CLASS = ATTR('class');
const STATE = ATTR('data-l10n-state');

/** Attributes whose quotes are written `&quot;`, with no other quote to say otherwise. */
const hasEscapedQuotes = (attrs: string) => attrs.includes('&quot;') && (attrs.match(/"/g)?.length ?? 0) <= 1;

/**
 * The text with the span tags whose quotes are written `&quot;` repaired, for a Markdown parser
 * that would not read them as tags (the site's preprocessor); the same rule as the pair reader's.
 */
export function repairEscapedTagQuotes(text: string): string {
  if (!text.includes('&quot;')) return text;
  return text.replace(/<span\b([^>]*)>/gi, (tag, attrs: string) => (hasEscapedQuotes(attrs) ? tag.replace(/&quot;/g, '"') : tag));
}

/**
 * Machine translation sometimes escapes the quotes of the tags it writes (`<span data-ttu-id="fe703-165&quot;>`,
 * `<span class=&quot;sxs-lookup&quot;>`): a tag with `&quot;` and no other quote is read as if they were quotes.
 */
function classify(raw: string, attrs: string, start: number): Tag {
  if (hasEscapedQuotes(attrs)) {
    const tag = classifyAttributes(raw, attrs.replace(/&quot;/g, '"'), start);
    return tag.kind === 'other' ? tag : {...tag, recovered: true};
  }
  return classifyAttributes(raw, attrs, start);
}

function classifyAttributes(raw: string, attrs: string, start: number): Tag {
  const base = {start, end: start + raw.length, raw};
  if (raw.charCodeAt(1) === 47) return {kind: 'close', ...base};
  const ttu = TTU.exec(attrs);
  if (ttu) {
    const state = STATE.exec(attrs);
    return {kind: 'target', id: ttu[1] ?? ttu[2], ...(state ? {state: state[1] ?? state[2]} : {}), ...base};
  }
  const stu = STU.exec(attrs);
  if (stu) return {kind: 'source', id: stu[1] ?? stu[2], ...base};
  const cls = CLASS.exec(attrs);
  if (cls && (cls[1] ?? cls[2] ?? '').split(/\s+/).includes('sxs-lookup')) return {kind: 'lookup', ...base};
  return {kind: 'other', ...base};
}

/** Whether the character at `at` is escaped by an odd run of backslashes (`**\\<span>**` is text). */
function isEscaped(text: string, at: number): boolean {
  let slashes = 0;
  while (at - slashes - 1 >= 0 && text.charCodeAt(at - slashes - 1) === 92) slashes++;
  return slashes % 2 === 1;
}

function tokenizeSpanTags(text: string, from: number, to: number, skip: ReadonlyArray<readonly [number, number]>): Tag[] {
  const tags: Tag[] = [];
  // Plain spans around text (`<span style="word-break:normal">Name</span>` in ASP.NET Core's tables)
  // are content of whatever holds them: each such open tag and the close that ends it are left out.
  let plainOpen = 0;
  // Scanning the page in place rather than a copy of the block: the CLI runs this on every block of thousands of pages.
  TAG.lastIndex = from;
  for (let m = TAG.exec(text); m && m.index + m[0].length <= to; m = TAG.exec(text)) {
    const start = m.index;
    const code = skip.length > 0 ? skip.find(([a, b]) => start >= a && start < b) : undefined;
    // Span-like text in inline code is literal; scanning resumes after the code (never before: the loop advances).
    if (code) {
      TAG.lastIndex = Math.max(code[1], start + 1);
      continue;
    }
    if (isEscaped(text, start)) continue;
    const tag = classify(m[0], m[1] ?? '', start);
    if (tag.kind === 'other') plainOpen++;
    else if (tag.kind === 'close' && plainOpen > 0) plainOpen--;
    else tags.push(tag);
  }
  return tags;
}

export interface ParseSpanOptions {
  from?: number;
  to?: number;
  /** Ids seen earlier in the same document, to report duplicates across blocks. */
  seenIds?: Map<string, number>;
  /** Ranges (inline code) whose span-like text is literal. */
  skip?: ReadonlyArray<readonly [number, number]>;
}

const onlySpaceBetween = (text: string, a: number, b: number) => text.slice(a, b).trim() === '';

/** The close tag at `tags[at]` of a pair's side, or the error its absence makes. */
function closeOf(tags: readonly Tag[], at: number, id: string, side: string, opened: number): Tag {
  const close = tags[at];
  if (!close) throw new SpanPairError('ERR_SPAN_UNCLOSED', `${side} span "${id}" is never closed`, opened);
  if (close.kind !== 'close') {
    throw new SpanPairError('ERR_SPAN_NESTED', `Span pair "${id}" contains another span ${JSON.stringify(close.raw)}`, close.start);
  }
  return close;
}

/** The pair whose six tags start at `tags[i]`: translation open and close, lookup, English open and close, lookup close. */
function readPair(text: string, tags: readonly Tag[], i: number): SpanSegment {
  const open = tags[i];
  if (!open || open.kind !== 'target' || open.id === undefined) {
    throw new SpanPairError('ERR_SPAN_STRAY', `Unexpected ${JSON.stringify(open?.raw)} outside a span pair`, open?.start ?? 0);
  }
  const {id} = open;
  const targetClose = closeOf(tags, i + 1, id, 'Translation', open.start);
  const lookup = tags[i + 2];
  const sourceOpen = tags[i + 3];
  if (!lookup || lookup.kind !== 'lookup' || !onlySpaceBetween(text, targetClose.end, lookup.start)) {
    throw new SpanPairError('ERR_SPAN_NO_SOURCE', `Translation span "${id}" has no English source after it`, open.start);
  }
  if (!sourceOpen || sourceOpen.kind !== 'source' || !onlySpaceBetween(text, lookup.end, sourceOpen.start)) {
    throw new SpanPairError('ERR_SPAN_NO_SOURCE', `The sxs-lookup span of "${id}" has no data-stu-id span inside`, lookup.start);
  }
  if (sourceOpen.id !== id) {
    throw new SpanPairError('ERR_SPAN_ID_MISMATCH', `data-ttu-id "${id}" is paired with data-stu-id "${sourceOpen.id}"`, sourceOpen.start);
  }
  const sourceClose = closeOf(tags, i + 4, id, 'English', sourceOpen.start);
  const lookupClose = tags[i + 5];
  if (!lookupClose || lookupClose.kind !== 'close' || !onlySpaceBetween(text, sourceClose.end, lookupClose.start)) {
    throw new SpanPairError('ERR_SPAN_UNCLOSED', `The sxs-lookup span of "${id}" is never closed`, lookup.start);
  }
  return {
    id,
    start: open.start,
    end: lookupClose.end,
    targetStart: open.end,
    targetEnd: targetClose.start,
    sourceStart: sourceOpen.end,
    sourceEnd: sourceClose.start,
    target: text.slice(open.end, targetClose.start),
    source: text.slice(sourceOpen.end, sourceClose.start),
    ...(open.state ? {state: open.state} : {}),
    ...([open, lookup, sourceOpen].some((t) => t.recovered) ? {recovered: 'its tags write their quotes as &quot;'} : {}),
  };
}

/** Parses every pair in text[from, to). Throws SpanPairError on the first malformed pair. */
export function parseSpanPairs(text: string, options: ParseSpanOptions = {}): SpanSegment[] {
  const {from = 0, to = text.length, seenIds = new Map<string, number>(), skip = []} = options;
  const tags = tokenizeSpanTags(text, from, to, skip);
  const segments: SpanSegment[] = [];
  for (let i = 0; i < tags.length; i += 6) {
    const segment = readPair(text, tags, i);
    if (seenIds.has(segment.id)) throw new SpanPairError('ERR_SPAN_DUPLICATE_ID', `Span id "${segment.id}" is used twice`, segment.start);
    seenIds.set(segment.id, segment.start);
    segments.push(segment);
  }
  return segments;
}

/** `data-l10n-state` of a translation span that holds the English because nothing translates it yet. */
export const UNTRANSLATED = 'untranslated';

/**
 * `data-l10n-state` of a translation shown while its English has changed (the pair holds the
 * current English): only in a page as the site reads it against the current English, never on disk.
 */
export const STALE = 'stale';

/**
 * `data-l10n-state` of a translation a reviewer approved, and of one signed off as final: the
 * review workflow's states past translated (none: translated), kept on disk and read as translations.
 */
export const REVIEWED = 'reviewed';
export const FINAL = 'final';
export type ReviewState = typeof REVIEWED | typeof FINAL;

/** A translation span's review state, if it has one. */
export function reviewStateOf(state: string | undefined): ReviewState | undefined {
  return state === REVIEWED || state === FINAL ? state : undefined;
}

/** The opening tag of a translation span, for a translation rewritten in place. */
export function targetOpenTag(id: string, state?: string): string {
  return `<span data-ttu-id="${id}"${state ? ` data-l10n-state="${state}"` : ''}>`;
}

/**
 * Whether a translation would break the pair it is written into: a pair tag of its own, or a span
 * left open or closed. Plain spans closed in it (`<span style="word-break:normal">Name</span>`),
 * escaped tags and span syntax in inline code are the translation's content.
 */
export function breaksPair(translation: string): boolean {
  if (!/<\/?span\b/i.test(translation)) return false;
  const text = renderPair('k', translation, '');
  try {
    const segments = parseSpanPairs(text, {skip: codeSpanRanges(text, 0, text.length) ?? []});
    return segments.length !== 1 || segments[0]?.target !== translation;
  } catch {
    return true;
  }
}

/** One pair, written as Microsoft's localization tools write it. */
export function renderPair(id: string, target: string, english: string, state?: string): string {
  return `${targetOpenTag(id, state)}${target}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`;
}

/** Rewrites text[from, to) with every range (a pair, or any sorted ranges) replaced by what `render` returns for it. */
export function replaceSegments<T extends {start: number; end: number}>(
  text: string,
  segments: readonly T[],
  render: (segment: T) => string,
  from = 0,
  to = text.length,
): string {
  let out = '';
  let at = from;
  for (const segment of segments) {
    out += text.slice(at, segment.start) + render(segment);
    at = segment.end;
  }
  return out + text.slice(at, to);
}

/** Best-effort English of a block that failed to parse: the data-stu-id contents, else the text without span tags. */
export function englishFallback(block: string): string {
  const sources = [...block.matchAll(/<span\s[^>]*data-stu-id\s*=\s*["'][^"']*["'][^>]*>([\s\S]*?)<\/span>/gi)].map((m) => m[1]);
  if (sources.length > 0) return sources.join(' ');
  return block.replace(/<\/?span\b[^>]*>/gi, '');
}

/**
 * The Microsoft localization span-pair format, parsed from plain text:
 *   <span data-ttu-id="K-N">translation</span><span class="sxs-lookup"><span data-stu-id="K-N">English</span></span>
 * Pure and position-exact so the remark plugin and the CLI share it.
 */

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
}

export type SpanErrorCode =
  | 'ERR_SPAN_UNCLOSED'
  | 'ERR_SPAN_ID_MISMATCH'
  | 'ERR_SPAN_NESTED'
  | 'ERR_SPAN_DUPLICATE_ID'
  | 'ERR_SPAN_NO_SOURCE'
  | 'ERR_SPAN_STRAY'
  | 'ERR_SPAN_STRUCTURE';

const HINTS: Record<SpanErrorCode, string> = {
  ERR_SPAN_UNCLOSED: 'close it with </span>',
  ERR_SPAN_ID_MISMATCH: 'data-ttu-id and data-stu-id of one pair must be equal',
  ERR_SPAN_NESTED: 'a pair cannot contain another span; split the sentence into two pairs',
  ERR_SPAN_DUPLICATE_ID: 'give every pair its own id (the number after the file key)',
  ERR_SPAN_NO_SOURCE:
    'a translation span must be followed directly by <span class="sxs-lookup"><span data-stu-id="…">English</span></span>',
  ERR_SPAN_STRAY: 'remove it or complete the pair it belongs to',
  ERR_SPAN_STRUCTURE: 'keep each pair inside one inline element: move emphasis or link syntax inside the spans',
};

export class SpanPairError extends Error {
  readonly code: SpanErrorCode;
  readonly offset: number;
  readonly reason: string;
  constructor(code: SpanErrorCode, reason: string, offset: number) {
    super(`${reason} (${HINTS[code]})`);
    this.name = 'SpanPairError';
    this.code = code;
    this.offset = offset;
    this.reason = reason;
  }
}

interface Tag {
  kind: 'target' | 'lookup' | 'source' | 'other' | 'close';
  id?: string;
  state?: string;
  start: number;
  end: number;
  raw: string;
}

const TAG = /<span\b([^>]*)>|<\/span\s*>/gi;
const ATTR = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i');
const TTU = ATTR('data-ttu-id');
const STU = ATTR('data-stu-id');
const CLASS = ATTR('class');
const STATE = ATTR('data-l10n-state');

function classify(raw: string, attrs: string, start: number): Tag {
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
  if (cls && (cls[1] ?? cls[2]).split(/\s+/).includes('sxs-lookup')) return {kind: 'lookup', ...base};
  return {kind: 'other', ...base};
}

function tokenizeSpanTags(text: string, from: number, to: number, skip: ReadonlyArray<readonly [number, number]>): Tag[] {
  const tags: Tag[] = [];
  // Scanning the page in place rather than a copy of the block: the CLI runs this on every block of thousands of pages.
  TAG.lastIndex = from;
  for (let m = TAG.exec(text); m && m.index + m[0].length <= to; m = TAG.exec(text)) {
    const start = m.index;
    if (skip.length > 0 && skip.some(([a, b]) => start >= a && start < b)) continue;
    tags.push(classify(m[0], m[1] ?? '', start));
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

/** Parses every pair in text[from, to). Throws SpanPairError on the first malformed pair. */
export function parseSpanPairs(text: string, options: ParseSpanOptions = {}): SpanSegment[] {
  const {from = 0, to = text.length, seenIds = new Map<string, number>(), skip = []} = options;
  const tags = tokenizeSpanTags(text, from, to, skip);
  const segments: SpanSegment[] = [];
  let i = 0;
  const onlySpaceBetween = (a: number, b: number) => text.slice(a, b).trim() === '';

  while (i < tags.length) {
    const open = tags[i];
    if (open.kind !== 'target') {
      throw new SpanPairError('ERR_SPAN_STRAY', `Unexpected ${JSON.stringify(open.raw)} outside a span pair`, open.start);
    }
    const id = open.id!;
    const targetClose = tags[i + 1];
    if (!targetClose) throw new SpanPairError('ERR_SPAN_UNCLOSED', `Translation span "${id}" is never closed`, open.start);
    if (targetClose.kind !== 'close') {
      throw new SpanPairError('ERR_SPAN_NESTED', `Span pair "${id}" contains another span ${JSON.stringify(targetClose.raw)}`, targetClose.start);
    }
    const lookup = tags[i + 2];
    const sourceOpen = tags[i + 3];
    if (!lookup || lookup.kind !== 'lookup' || !onlySpaceBetween(targetClose.end, lookup.start)) {
      throw new SpanPairError('ERR_SPAN_NO_SOURCE', `Translation span "${id}" has no English source after it`, open.start);
    }
    if (!sourceOpen || sourceOpen.kind !== 'source' || !onlySpaceBetween(lookup.end, sourceOpen.start)) {
      throw new SpanPairError('ERR_SPAN_NO_SOURCE', `The sxs-lookup span of "${id}" has no data-stu-id span inside`, lookup.start);
    }
    if (sourceOpen.id !== id) {
      throw new SpanPairError(
        'ERR_SPAN_ID_MISMATCH',
        `data-ttu-id "${id}" is paired with data-stu-id "${sourceOpen.id}"`,
        sourceOpen.start,
      );
    }
    const sourceClose = tags[i + 4];
    if (!sourceClose) throw new SpanPairError('ERR_SPAN_UNCLOSED', `English span "${id}" is never closed`, sourceOpen.start);
    if (sourceClose.kind !== 'close') {
      throw new SpanPairError('ERR_SPAN_NESTED', `Span pair "${id}" contains another span ${JSON.stringify(sourceClose.raw)}`, sourceClose.start);
    }
    const lookupClose = tags[i + 5];
    if (!lookupClose || lookupClose.kind !== 'close' || !onlySpaceBetween(sourceClose.end, lookupClose.start)) {
      throw new SpanPairError('ERR_SPAN_UNCLOSED', `The sxs-lookup span of "${id}" is never closed`, lookup.start);
    }
    const earlier = seenIds.get(id);
    if (earlier !== undefined) {
      throw new SpanPairError('ERR_SPAN_DUPLICATE_ID', `Span id "${id}" is used twice`, open.start);
    }
    seenIds.set(id, open.start);
    segments.push({
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
    });
    i += 6;
  }
  return segments;
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

/** What can be wrong with a span pair, each with the way out that the error message gives. */
export type SpanErrorCode =
  'ERR_SPAN_UNCLOSED' | 'ERR_SPAN_ID_MISMATCH' | 'ERR_SPAN_NESTED' | 'ERR_SPAN_DUPLICATE_ID' | 'ERR_SPAN_NO_SOURCE' | 'ERR_SPAN_STRAY' | 'ERR_SPAN_STRUCTURE';

const HINTS: Record<SpanErrorCode, string> = {
  ERR_SPAN_UNCLOSED: 'close it with </span>',
  ERR_SPAN_ID_MISMATCH: 'data-ttu-id and data-stu-id of one pair must be equal',
  ERR_SPAN_NESTED: 'a pair cannot contain another span; split the sentence into two pairs',
  ERR_SPAN_DUPLICATE_ID: 'give every pair its own id (the number after the file key)',
  ERR_SPAN_NO_SOURCE: 'a translation span must be followed directly by <span class="sxs-lookup"><span data-stu-id="…">English</span></span>',
  ERR_SPAN_STRAY: 'remove it or complete the pair it belongs to',
  ERR_SPAN_STRUCTURE: 'keep each pair inside one inline element: move emphasis or link syntax inside the spans',
};

/** A malformed pair, at an offset of the parsed text; the message ends with the way out. */
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

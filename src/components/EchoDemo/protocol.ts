/** Pure rules of the demo client, shared by its components and tested on their own. */

export const MAX_REASON_BYTES = 123;
export const LOG_LIMIT = 200;
/** Characters of a message the log shows; the rest is there on demand (a 1 MiB echo printed whole froze the page). */
export const PREVIEW_CHARS = 300;

/** A message's start for the log, and whether it was cut. */
export function preview(content: string): {text: string; cut: boolean} {
  if (content.length <= PREVIEW_CHARS) return {text: content, cut: false};
  // Not in the middle of a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(content.charAt(PREVIEW_CHARS - 1)) ? PREVIEW_CHARS - 1 : PREVIEW_CHARS;
  return {text: `${content.slice(0, end)}…`, cut: true};
}

/** A log time in the reader's own time zone: 14:03:07.250. */
export function localTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}.${String(date.getMilliseconds()).padStart(3, '0')}`;
}

export type CloseInputError = {key: 'invalid.code'} | {key: 'invalid.reason'; bytes: number};

/** Browsers let a page close only with 1000 or 3000–4999 and a reason of at most 123 UTF-8 bytes. */
export function validateClose(codeText: string, reason: string): CloseInputError | undefined {
  const code = Number(codeText);
  if (!/^\d+$/.test(codeText.trim()) || !(code === 1000 || (code >= 3000 && code <= 4999))) return {key: 'invalid.code'};
  const bytes = new TextEncoder().encode(reason).length;
  if (bytes > MAX_REASON_BYTES) return {key: 'invalid.reason', bytes};
  return undefined;
}

/** "01 ff 7a" or "01ff7a" → bytes; undefined when it is not whole hex bytes. */
export function parseHex(text: string): Uint8Array | undefined {
  const digits = text.replace(/[\s,]|0x/gi, '');
  if (digits.length === 0 || digits.length % 2 !== 0 || /[^0-9a-f]/i.test(digits)) return undefined;
  return Uint8Array.from(digits.match(/../g) ?? [], (byte) => parseInt(byte, 16));
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
}

/** ws: or wss: to the page's own host, as the sample page does, unless an echo server origin is configured. */
export function socketUrl(location: {protocol: string; host: string}, echoServer = ''): string {
  if (echoServer) return `${echoServer.replace(/\/$/, '')}/ws`;
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/ws`;
}

/** The i18n key for a close code's meaning. */
export function closeCodeKey(code: number): string {
  if ([1000, 1001, 1002, 1003, 1005, 1006, 1007, 1008, 1009, 1011, 1013].includes(code)) return `codes.${code}`;
  return code >= 3000 && code <= 4999 ? 'codes.app' : 'codes.other';
}

/** Reconnection delay after the n-th failed attempt: 0.5 s doubling up to 10 s. */
export function backoffMs(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 10_000);
}

/** How long a trace stream has to report its socket's opening (a round trip inside the server, normally milliseconds). */
export const TRACE_CHECK_MS = 2_000;

/** Random token that ties the reader's sockets to their event stream. */
export function traceToken(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 16);
}

/** Round trips of echoes: the server answers in order, so a FIFO of send times matches them. */
export class RoundTrips {
  private readonly pending: number[] = [];
  sent(now: number): void {
    this.pending.push(now);
  }
  received(now: number): number | undefined {
    const start = this.pending.shift();
    return start === undefined ? undefined : Math.round((now - start) * 10) / 10;
  }
  reset(): void {
    this.pending.length = 0;
  }
}

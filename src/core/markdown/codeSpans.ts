/** A URI autolink (CommonMark 6.5): it claims every backtick inside it, as `<xref:Foo.Bar`1>` in .NET docs. */
const URI_AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^ <>\p{Cc}]*>/uy;
/** An email autolink, whose address may hold a backtick. */
const EMAIL_AUTOLINK = /<[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>/y;

// Raw HTML tags (CommonMark 6.6), as far as needed to know which backticks one may claim.
const ATTRIBUTE = String.raw`(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>${'`'}]+|'[^']*'|"[^"]*"))?)`;
const TAG = new RegExp(String.raw`<[A-Za-z][A-Za-z0-9-]*${ATTRIBUTE}*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>`, 'y');
/** Raw HTML that runs to a terminator: comments, processing instructions, CDATA and declarations. */
const TERMINATED: ReadonlyArray<readonly [RegExp, string]> = [
  [/<!--/y, '-->'],
  [/<\?/y, '?>'],
  [/<!\[CDATA\[/y, ']]>'],
  [/<![A-Za-z]/y, '>'],
];

/** The rest of a GFM autolink literal, as far as it may reach: `http://x.test/a`1` claims its backtick. */
const LITERAL_REST = /[^\s<]*/y;

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/** How far a link's destination and title are read: past it, whether they claim a backtick is left to a full parse. */
const DESTINATION_LIMIT = 1024;

/**
 * Where an inline link's destination and title (`](…)`) end, as CommonMark 6.3 reads them, undefined
 * where it is no destination, null where it runs past DESTINATION_LIMIT (each `](` costs at most that).
 */
function destinationEnd(text: string, open: number, block: number): number | undefined | null {
  const to = Math.min(block, open + DESTINATION_LIMIT);
  const tooLong = () => (to < block ? null : undefined);
  let at = open + 2;
  const skipSpace = () => {
    while (at < to && /\s/.test(text.charAt(at))) at++;
  };
  skipSpace();
  if (text.charAt(at) === '<') {
    // `<…>`: anything but a line break or another `<` up to the first unescaped `>`.
    for (at++; at < to && text.charAt(at) !== '>'; at++) {
      if (text.charAt(at) === '\n' || text.charAt(at) === '<') return undefined;
      if (text.charAt(at) === '\\' && ASCII_PUNCTUATION.test(text.charAt(at + 1))) at++;
    }
    if (at++ >= to) return tooLong();
    if (text.charAt(at) === ')') return at + 1;
    if (!/\s/.test(text.charAt(at))) return undefined;
  } else {
    let depth = 0;
    for (; at < to; at++) {
      const ch = text.charAt(at);
      if (ch === '\\' && ASCII_PUNCTUATION.test(text.charAt(at + 1))) at++;
      else if (ch === '(') depth++;
      else if (ch === ')' && depth-- === 0) return at + 1;
      else if (/\s/.test(ch)) break;
    }
    if (at >= to) return tooLong();
    // Parentheses in a destination are balanced.
    if (depth !== 0) return undefined;
  }
  skipSpace();
  const quote = text.charAt(at);
  if (quote === '"' || quote === "'" || quote === '(') {
    const close = quote === '(' ? ')' : quote;
    for (at++; at < to && text.charAt(at) !== close; at++) if (text.charAt(at) === '\\') at++;
    if (at++ >= to) return tooLong();
    skipSpace();
  }
  if (at >= to) return tooLong();
  return text.charAt(at) === ')' ? at + 1 : undefined;
}

/** The end of the backtick run at `at`. */
function runEnd(text: string, at: number, to: number): number {
  let end = at;
  while (end < to && text.charCodeAt(end) === 96) end++;
  return end;
}

/**
 * The next run of exactly `length` backticks from `from`, as [start, end), if there is one before
 * `to`. `none` keeps each length for which a search from some place found none, as commonmark.js
 * does: a later search from further on is not run again, so each length is read to the end at most once.
 */
function closingRun(text: string, from: number, to: number, length: number, none: Map<number, number>): [number, number] | undefined {
  if ((none.get(length) ?? Infinity) <= from) return undefined;
  for (let at = text.indexOf('`', from); at !== -1 && at < to; at = text.indexOf('`', at)) {
    const end = runEnd(text, at, to);
    if (end - at === length) return [at, end];
    at = end;
  }
  none.set(length, from);
  return undefined;
}

/**
 * Code spans of one inline block, read left to right as CommonMark's inline parser reads them: a
 * backslash escapes the punctuation after it, an autolink claims its backticks, and an opening run
 * of n backticks ends at the next run of exactly n (CommonMark 6.1). Where a raw HTML tag, a link's
 * destination, a GFM autolink literal or an image's alt text may claim a run that would open a code
 * span, which only a full parse can tell, this returns undefined and the caller parses properly.
 */
export function codeSpanRanges(text: string, from: number, to: number): Array<[number, number]> | undefined {
  const ranges: Array<[number, number]> = [];
  const first = text.indexOf('`', from);
  if (first === -1 || first >= to) return ranges;
  // Up to where a tag or a link destination seen so far may claim a backtick; whether an image came first.
  let claimed = from;
  let image = false;
  const noCloser = new Map<number, number>();
  // Open brackets of links, as CommonMark's inline parser keeps them; unsure once a bracket may lie in raw HTML.
  const openers: Array<{active: boolean}> = [];
  let bracketsUnsure = false;
  // Each terminator's next place at or after the scan: the scan only moves on, so each is searched for once per place.
  const terminators = new Map<string, number>();
  const terminatorAfter = (terminator: string, at: number): number => {
    let found = terminators.get(terminator);
    if (found === undefined || (found !== -1 && found < at)) terminators.set(terminator, (found = text.indexOf(terminator, at)));
    return found === -1 || found + terminator.length > to ? -1 : found + terminator.length;
  };
  const matchAt = (re: RegExp, at: number) => {
    re.lastIndex = at;
    const m = re.exec(text);
    return m && at + m[0].length <= to ? m[0] : undefined;
  };
  const htmlEnd = (at: number): number | undefined => {
    const tag = matchAt(TAG, at);
    // A tag over a line break may hold a container's `>` in the text: it may run further than it seems.
    if (tag !== undefined) return tag.includes('\n') ? to : at + tag.length;
    for (const [start, terminator] of TERMINATED) {
      if (matchAt(start, at) === undefined) continue;
      const end = terminatorAfter(terminator, at + 2);
      return end === -1 ? undefined : end;
    }
    return undefined;
  };
  // Up to where a GFM autolink literal may reach, found where the scan reads text: one that starts
  // in code, an autolink or a link destination is none. Text read since `textFrom`.
  let literalUntil = from;
  let textFrom = from;
  const inLiteral = (at: number) => at < literalUntil;
  const literalAt = (at: number, start: number) => {
    if (start < textFrom || at < literalUntil) return;
    LITERAL_REST.lastIndex = at;
    LITERAL_REST.exec(text);
    literalUntil = Math.min(to, LITERAL_REST.lastIndex);
  };
  let at = from;
  while (at < to) {
    const ch = text.charCodeAt(at);
    if (ch === 92 /* \ */) {
      const escape = ASCII_PUNCTUATION.test(text.charAt(at + 1));
      // In an autolink literal a backslash is a character of the URL, no escape; whether this is one, only a full parse knows.
      if (escape && inLiteral(at)) return undefined;
      at += escape ? 2 : 1;
    } else if (ch === 96 /* ` */) {
      const end = runEnd(text, at, to);
      const closing = closingRun(text, end, to, end - at, noCloser);
      if (!closing) at = end;
      else if (at < claimed || image || inLiteral(at)) return undefined;
      else {
        ranges.push([at, closing[1]]);
        at = textFrom = closing[1];
      }
    } else if (ch === 60 /* < */) {
      const autolink = matchAt(URI_AUTOLINK, at) ?? matchAt(EMAIL_AUTOLINK, at);
      if (autolink !== undefined) at = textFrom = at + autolink.length;
      else {
        claimed = Math.max(claimed, htmlEnd(at) ?? at);
        at++;
      }
    } else if ((ch === 91 /* [ */ || ch === 93) /* ] */ && (at < claimed || inLiteral(at))) {
      // A bracket that raw HTML or an autolink literal may hold: which brackets pair up, only a full parse knows.
      bracketsUnsure = true;
      const end = ch === 93 && text.charCodeAt(at + 1) === 40 /* ( */ ? destinationEnd(text, at, to) : undefined;
      if (end !== undefined) claimed = Math.max(claimed, end ?? to);
      at++;
    } else if (ch === 91 /* [ */) {
      openers.push({active: true});
      at++;
    } else if (ch === 93 /* ] */) {
      const opener = openers.pop();
      // Without an open bracket, `](` is no link: its destination is not read.
      const end = text.charCodeAt(at + 1) === 40 /* ( */ && (opener?.active || bracketsUnsure) ? destinationEnd(text, at, to) : undefined;
      if (typeof end === 'number' && opener?.active && !bracketsUnsure && !image) {
        // A link: its destination and title are no text, and it holds no other link (CommonMark 6.3).
        for (const outer of openers) outer.active = false;
        at = textFrom = end;
        continue;
      }
      // No opener, an inactive one or no destination: no link, nothing claimed. Else only a full parse knows.
      if (end !== undefined) claimed = Math.max(claimed, end ?? to);
      // A full reference's label (`][label]`) is a link only if the label is defined somewhere.
      else if (text.charCodeAt(at + 1) === 91 /* [ */) claimed = Math.max(claimed, Math.min(to, text.indexOf(']', at + 2) + 1 || to));
      at++;
    } else {
      if (ch === 33 /* ! */ && text.charCodeAt(at + 1) === 91 /* [ */) image = true;
      // `http://`, `https://` or `www.`, found at its `:` or `.`.
      else if (ch === 58 /* : */ && text.startsWith('//', at + 1)) {
        if (/https?$/i.test(text.slice(Math.max(textFrom, at - 5), at))) literalAt(at, at - (text.charAt(at - 1).toLowerCase() === 's' ? 5 : 4));
      } else if (ch === 46 /* . */ && text.slice(at - 3, at).toLowerCase() === 'www') literalAt(at, at - 3);
      // Straight to the next character that means something here.
      MEANINGFUL.lastIndex = at + 1;
      const next = MEANINGFUL.exec(text);
      at = next && next.index < to ? next.index : to;
    }
  }
  return ranges;
}

const MEANINGFUL = /[\\`<[\]!:.]/g;

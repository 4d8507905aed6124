/**
 * The parts of a sentence's Markdown a translator moves but never retypes: inline code, a link's
 * brackets and destination, `<xref:…>` and URL autolinks, bare URLs, inline HTML tags and
 * placeholders (`{0}`, `%1`, `{{ name }}`). The editor shows each as one token; everything else is
 * text. Tokenizing is lossless (the parts joined give the text back) and linear in the text's length.
 */

export type TokenKind = 'code' | 'link-open' | 'link-close' | 'autolink' | 'url' | 'tag' | 'placeholder';
export type InlinePart = {kind: 'text'; text: string} | {kind: TokenKind; text: string};

/** Outside code spans, in one left-to-right pass: each alternative is a bounded scan from where it starts. */
const TOKEN =
  /\]\([^()\s]*(?:[ \t]+"[^"\n]*")?\)|<(?:xref:|https?:\/\/|mailto:)[^<>\s]*>|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?>|https?:\/\/[^\s<>()]*[^\s<>().,;:!?'"]|%\d+|\{\d+\}|\{\{\s*\w+\s*\}\}/g;

function kindOf(token: string): TokenKind {
  if (token.startsWith('](')) return 'link-close';
  if (/^<(?:xref:|https?:|mailto:)/.test(token)) return 'autolink';
  if (token.startsWith('<')) return 'tag';
  if (token.startsWith('http')) return 'url';
  return 'placeholder';
}

/**
 * Code spans as CommonMark pairs them: a run of n backticks opens one that the next run of exactly
 * n closes. Each run's next run of the same length is found in one backward pass, so the pairing is linear.
 */
function codeSpans(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let at = text.indexOf('`'); at !== -1; at = text.indexOf('`', at)) {
    let end = at;
    while (text.charCodeAt(end) === 96) end++;
    // Escaped: a literal backtick that opens nothing (the rest of the run still can).
    if (at > 0 && text.charCodeAt(at - 1) === 92) runs.push([at + 1, end]);
    else runs.push([at, end]);
    at = end;
  }
  const nextSame = new Array<number>(runs.length).fill(-1);
  const lastOfLength = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    const [a, b] = runs[i] ?? [0, 0];
    nextSame[i] = lastOfLength.get(b - a) ?? -1;
    lastOfLength.set(b - a, i);
  }
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < runs.length; i++) {
    const [start, end] = runs[i] ?? [0, 0];
    const close = nextSame[i] ?? -1;
    if (end === start || close === -1) continue;
    spans.push([start, runs[close]?.[1] ?? end]);
    i = close;
  }
  return spans;
}

/** The sentence as text and tokens, in order; the parts' texts joined are the sentence. */
export function inlineParts(text: string): InlinePart[] {
  const spans = codeSpans(text);
  const found: Array<{at: number; end: number; kind: TokenKind}> = spans.map(([at, end]) => ({at, end, kind: 'code'}));
  // Brackets and URLs inside code are code: blank them out (same length) for the other tokens.
  const pieces: string[] = [];
  let from = 0;
  for (const [at, end] of spans) {
    pieces.push(text.slice(from, at), ' '.repeat(end - at));
    from = end;
  }
  const masked = pieces.join('') + text.slice(from);
  const opens: number[] = [];
  let searched = 0;
  for (const m of masked.matchAll(TOKEN)) {
    for (let at = masked.indexOf('[', searched); at !== -1 && at < m.index; at = masked.indexOf('[', at + 1)) {
      if (masked[at - 1] !== '\\') opens.push(at);
    }
    searched = m.index + m[0].length;
    const kind = kindOf(m[0]);
    if (kind === 'link-close') {
      // A `](…)` with no `[` before it is text, as it is on the page.
      const open = opens.pop();
      if (open === undefined) continue;
      const image = open > 0 && masked[open - 1] === '!' && masked[open - 2] !== '\\';
      found.push({at: image ? open - 1 : open, end: open + 1, kind: 'link-open'});
    }
    found.push({at: m.index, end: m.index + m[0].length, kind});
  }
  found.sort((a, b) => a.at - b.at);
  const parts: InlinePart[] = [];
  let at = 0;
  for (const token of found) {
    // A tag that spans a code span (or the reverse) is left to the one that starts first.
    if (token.at < at) continue;
    if (token.at > at) parts.push({kind: 'text', text: text.slice(at, token.at)});
    parts.push({kind: token.kind, text: text.slice(token.at, token.end)});
    at = token.end;
  }
  if (at < text.length) parts.push({kind: 'text', text: text.slice(at)});
  return parts;
}

/** What a token shows in the editor: code without its backticks, a link's destination, an xref's uid. */
export function tokenLabel(kind: TokenKind, text: string): string {
  switch (kind) {
    case 'code':
      return text.replace(/^`+ ?|(?<!`) ?`+$/g, '');
    case 'link-open':
      return text;
    case 'link-close':
      return `](${text.slice(2, -1).replace(/^\s+|\s+$/g, '')})`;
    case 'autolink':
      return text.slice(1, -1).replace(/^xref:/, '');
    default:
      return text;
  }
}

/** The tokens of the English the translation lacks (counted, so a code used twice must be there twice), in the English's order. */
export function missingTokens(english: string, translation: string): string[] {
  const have = new Map<string, number>();
  for (const part of inlineParts(translation)) if (part.kind !== 'text') have.set(part.text, (have.get(part.text) ?? 0) + 1);
  const missing: string[] = [];
  for (const part of inlineParts(english)) {
    if (part.kind === 'text') continue;
    const left = have.get(part.text) ?? 0;
    if (left > 0) have.set(part.text, left - 1);
    else missing.push(part.text);
  }
  return missing;
}

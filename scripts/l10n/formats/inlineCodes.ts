/**
 * A sentence's Markdown as text and inline codes, the way CAT tools protect what is not to be
 * translated: a link is a paired code around its text (`[` … `](url)`), inline code, URLs, xrefs,
 * HTML tags and placeholders (`%1`, `{0}`) are standalone codes. Joining the pieces gives the
 * Markdown back exactly.
 */
export type Inline = string | {type: 'ph'; data: string} | {type: 'pc'; start: string; end: string; content: Inline[]};

/** `[text](url "title")` and `![alt](url)`: the text may hold code, not brackets. */
const LINK = /(!?\[)((?:[^[\]\\`]|\\.|`[^`]*`)*)(\]\((?:[^()\s\\]|\\.|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\))/g;

const STANDALONE = new RegExp(
  [
    /(`+)(?:(?!\1)[\s\S])+?\1/.source, // inline code
    /<xref:[^>\s]+>/.source,
    /<https?:\/\/[^>\s]+>/.source, // autolink
    /https?:\/\/[^\s<>()[\]]*[^\s<>()[\].,;:!?'"]/.source, // bare URL, without the sentence's punctuation
    /<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>/.source, // an HTML tag
    /%\d+|\{\d+\}/.source, // placeholders
  ].join('|'),
  'g',
);

function standalone(text: string): Inline[] {
  const pieces: Inline[] = [];
  let at = 0;
  for (const match of text.matchAll(STANDALONE)) {
    if (match.index > at) pieces.push(text.slice(at, match.index));
    pieces.push({type: 'ph', data: match[0]});
    at = match.index + match[0].length;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return pieces;
}

export function toInline(text: string): Inline[] {
  const pieces: Inline[] = [];
  let at = 0;
  for (const match of text.matchAll(LINK)) {
    const [whole, start = '', content = '', end = ''] = match;
    pieces.push(...standalone(text.slice(at, match.index)));
    pieces.push({type: 'pc', start, end, content: standalone(content)});
    at = match.index + whole.length;
  }
  pieces.push(...standalone(text.slice(at)));
  return pieces;
}

export function fromInline(pieces: readonly Inline[]): string {
  return pieces.map((p) => (typeof p === 'string' ? p : p.type === 'ph' ? p.data : `${p.start}${fromInline(p.content)}${p.end}`)).join('');
}

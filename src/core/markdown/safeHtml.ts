/**
 * What raw HTML and which URLs a page may carry. Translations are untrusted input, and with
 * `.md` content Docusaurus passes raw HTML through rehype-raw, so anything not on these lists
 * must be shown as text instead of becoming markup.
 */

const SAFE_TAGS = new Set(['a', 'abbr', 'b', 'br', 'code', 'em', 'i', 'kbd', 'span', 'strong', 'sub', 'sup']);
const SAFE_ATTRIBUTES = new Set(['class', 'data-stu-id', 'data-ttu-id', 'href', 'id', 'lang', 'name', 'title']);

/**
 * Inline styles that only say how words break (ASP.NET Core's tables wrap long identifiers in
 * `<span style="word-break:normal;word-wrap:normal">`): keywords alone, no URL, nothing else.
 */
const SAFE_STYLE = /^(?:\s*(?:word-break|word-wrap|overflow-wrap|white-space)\s*:\s*[a-z-]+\s*;?)+\s*$/i;

const TAG = /^<(\/?)([A-Za-z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>$/;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** True for a single tag from the allow-list whose attributes are all harmless, or an HTML comment. */
export function isSafeHtml(raw: string): boolean {
  const value = raw.trim();
  if (/^<!--[\s\S]*-->$/.test(value)) return !value.slice(4, -3).includes('-->');
  const match = TAG.exec(value);
  if (!match) return false;
  const [, closing, name = '', attributes = ''] = match;
  if (!SAFE_TAGS.has(name.toLowerCase())) return false;
  if (closing) return attributes.trim() === '';
  for (const attr of attributes.matchAll(ATTRIBUTE)) {
    const attrName = (attr[1] ?? '').toLowerCase();
    const attrValue = attr[2] ?? attr[3] ?? attr[4] ?? '';
    if (attrName === 'style' && SAFE_STYLE.test(attrValue)) continue;
    if (!SAFE_ATTRIBUTES.has(attrName)) return false;
    if (attrName === 'href' && !isSafeUrl(attrValue)) return false;
  }
  return true;
}

/** The text without C0 control characters, spaces and DEL, which browsers drop from a URL's scheme. */
function withoutControls(text: string): string {
  let out = '';
  for (const char of text) if (char > ' ' && char !== '\x7f') out += char;
  return out;
}

/** Relative URLs and http(s)/mailto only: `javascript:`, `vbscript:`, `data:` and the like are refused. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:") and decode entities.
  const decoded = url
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(withoutControls(decoded));
  if (!scheme) return true;
  return ['http', 'https', 'mailto', 'xref'].includes((scheme[1] ?? '').toLowerCase());
}

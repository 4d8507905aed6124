import {plain} from './shownText';
import {parseSpanPairs, type SpanSegment} from './spanPairs';

// Lines that start something other than a paragraph of prose: headings, quotes and notes, lists,
// tables, DocFX blocks and includes, HTML (but a span pair), images, reference definitions.
const NOT_PROSE = /^(#|>|[-*+]\s|\d+[.)]\s|\||:::|\[!|<(?!span data-ttu-id)|!\[|\[[^\]]+\]:)/;
const FENCE = /^(`{3,}|~{3,})/;
/** Microsoft's byline: "By [Tom Dykstra](https://github.com/tdykstra) and …". */
const BYLINE = /^By \[/;
const LONGEST = 200;

/** At most LONGEST characters, ending at a sentence's end when one is near. */
function shorten(text: string): string {
  if (text.length <= LONGEST) return text;
  const cut = text.slice(0, LONGEST);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('。'), cut.lastIndexOf('．'));
  return end > LONGEST / 2 ? cut.slice(0, end + 1) : `${cut.trimEnd()}…`;
}

/**
 * A page's description for search engines and link previews, in the page's language: its first
 * paragraph of prose (not a heading, table, list, note, code or the author byline), and in a
 * localized page the translations of its span pairs only, not their English.
 */
export function pageDescription(body: string): string | undefined {
  const lines = body.split('\n');
  let fenced: string | undefined;
  let paragraph: string[] = [];
  const take = (): string | undefined => {
    const text = paragraph.join('\n');
    paragraph = [];
    if (!text.trim()) return undefined;
    let segments: SpanSegment[];
    try {
      segments = parseSpanPairs(text);
    } catch {
      return undefined; // a malformed pair: the segment plugin reports it; no description from it
    }
    const english = segments.length ? segments.map((s) => text.slice(s.sourceStart, s.sourceEnd)).join(' ') : text;
    if (BYLINE.test(english.trim())) return undefined;
    const shown = segments.length ? segments.map((s) => text.slice(s.targetStart, s.targetEnd)).join(' ') : text;
    const words = plain(shown);
    return /[\p{L}\p{N}]/u.test(words) ? shorten(words) : undefined;
  };
  for (const line of lines) {
    const trimmed = line.trim();
    if (fenced) {
      if (trimmed.startsWith(fenced)) fenced = undefined;
      continue;
    }
    const fence = FENCE.exec(trimmed)?.[1];
    if (fence || trimmed === '' || NOT_PROSE.test(trimmed) || /^ {4}|^\t/.test(line)) {
      const found = take();
      if (found) return found;
      if (fence) fenced = fence;
      continue;
    }
    paragraph.push(trimmed);
  }
  return take();
}

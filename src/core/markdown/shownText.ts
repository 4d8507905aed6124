import {parseSpanPairs, replaceSegments} from './spanPairs';

/** Inline Markdown and HTML as the text a reader sees. */
export function plain(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<xref:([^>]+)>/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * One line of a localized page as a reader sees it on the page: each span pair's translation
 * (none of its English), anchors and other markup gone. A line whose pairs do not parse shows its
 * text without the span tags.
 */
export function shownText(markdown: string): string {
  let text: string;
  try {
    text = replaceSegments(markdown, parseSpanPairs(markdown), (s) => s.target);
  } catch {
    text = markdown;
  }
  return plain(text);
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const H1 = /^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;

/** The text of a page body's first level-1 heading (ATX, outside code), as shownText reads it; undefined when it has none. */
export function headingTitle(body: string): string | undefined {
  let fenced: string | undefined;
  for (const line of body.split('\n')) {
    const fence = FENCE.exec(line)?.[1];
    if (fenced) {
      if (fence && fence[0] === fenced[0] && fence.length >= fenced.length) fenced = undefined;
      continue;
    }
    if (fence) {
      fenced = fence;
      continue;
    }
    const heading = H1.exec(line)?.[1];
    if (heading !== undefined) {
      const shown = shownText(heading);
      return shown === '' ? undefined : shown;
    }
  }
  return undefined;
}

import {toString} from 'mdast-util-to-string';
import {splitFrontMatter} from './frontMatter';
import {parseMarkdown} from './parseMarkdown';

/** Text that Markdown reads as itself: no inline syntax, escapes, entities or tags, and no block start. */
const PLAIN = /^(?!\s*\d{1,9}[.)])[^\\`*_[\]<>&!~|#=+\-\n\r]*$/;

/** Markdown as the words a reader sees: inline syntax and HTML tags taken out. */
export function plainInline(markdown: string): string {
  // Most titles are plain words: parsing them cost the status of a 1,000-page set half a second.
  if (PLAIN.test(markdown)) return markdown.replace(/\s+/g, ' ').trim();
  return toString(parseMarkdown(markdown.replace(/<[^<>]*>/g, '')))
    .replace(/\s+/g, ' ')
    .trim();
}

/** An ATX heading's text without its closing sequence (`# Title ##`), read without a backtracking pattern. */
function headingText(line: string): string {
  const text = line.trimEnd();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  // Closing hashes count only after a space (`# C#` keeps its #), or when the heading is only hashes.
  return end === text.length || (end > 0 && text[end - 1] !== ' ' && text[end - 1] !== '\t') ? text : text.slice(0, end);
}

/**
 * A page's title as Docusaurus shows it: its front matter `title`, else its first-level heading.
 * The heading is the first line that opens with `# `: a code block before the title is rare enough
 * to leave to the build, which has the whole tree.
 */
export function pageTitle(text: string): string | undefined {
  const {data, body} = splitFrontMatter(text);
  if (typeof data.title === 'string' && data.title.trim()) return plainInline(data.title);
  const heading = /^ {0,3}#[ \t]+([^\n]*)$/m.exec(body)?.[1];
  const title = heading === undefined ? '' : plainInline(headingText(heading));
  return title || undefined;
}

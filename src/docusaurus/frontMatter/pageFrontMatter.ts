import {existsSync, readFileSync} from 'node:fs';
import {englishPathOf} from '../../core/i18n/paths';
import {splitFrontMatter} from '../../core/markdown/frontMatter';
import {pageDescription} from '../../core/markdown/pageDescription';
import {headingTitle, shownText} from '../../core/markdown/shownText';
import {normalizeFrontMatter} from './normalizeFrontMatter';
import {DEMO_CHOICES, demoOfContent, isDemoChoice} from '../../core/demos/demoChoice';

/** Keys whose English value a localized page takes when it has none: the article order and its demo follow the English. */
const FROM_ENGLISH = ['sidebar_position', 'demo'];

/**
 * A page's front matter as the site uses it: normalized (see normalizeFrontMatter), the English
 * page's order for a localized page, and a description in the page's language when it has none
 * (its first paragraph of prose; Docusaurus would take the byline, or both languages of a pair).
 */
export function pageFrontMatter(path: string, frontMatter: Record<string, unknown>, body: string): Record<string, unknown> {
  const data = {...normalizeFrontMatter(frontMatter)};
  const englishPath = englishPathOf(path);
  const missing = FROM_ENGLISH.filter((key) => data[key] === undefined);
  let englishBody = englishPath ? undefined : body;
  if (englishPath && missing.length && existsSync(englishPath)) {
    const english = splitFrontMatter(readFileSync(englishPath, 'utf8'));
    englishBody = english.body;
    for (const key of missing) if (english.data[key] !== undefined) data[key] = english.data[key];
  }
  if (data.demo !== undefined && !isDemoChoice(data.demo)) {
    process.stderr.write(
      `[WARNING] ${path}: front matter demo ${JSON.stringify(data.demo)} is not one of ${DEMO_CHOICES.join(', ')}; the demo is chosen from the page's text\n`,
    );
    delete data.demo;
  }
  // Only pages about the WebSocket APIs the demos show end with one, the same in every locale (read from the English).
  if (data.demo === undefined) data.demo = demoOfContent(englishBody ?? body);
  // Without a title Docusaurus takes the first heading's raw Markdown (anchors, span pairs) for the
  // sidebar, breadcrumbs, previous/next and <title>: the page's title is what the heading shows.
  if (typeof data.title !== 'string' || data.title.trim() === '') {
    const title = headingTitle(body);
    if (title) data.title = title;
  } else if (/<[a-z]/i.test(data.title)) data.title = shownText(data.title);
  if (typeof data.description !== 'string' || data.description.trim() === '') {
    const description = pageDescription(body);
    if (description) data.description = description;
  }
  return data;
}

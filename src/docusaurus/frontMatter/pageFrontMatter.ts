import {existsSync, readFileSync} from 'node:fs';
import {englishPathOf} from '../../core/i18n/paths';
import {splitFrontMatter} from '../../core/markdown/frontMatter';
import {pageDescription} from '../../core/markdown/pageDescription';
import {normalizeFrontMatter} from './normalizeFrontMatter';

/** Keys whose English value a localized page takes when it has none: the article order follows the English. */
const FROM_ENGLISH = ['sidebar_position'];

/**
 * A page's front matter as the site uses it: normalized (see normalizeFrontMatter), the English
 * page's order for a localized page, and a description in the page's language when it has none
 * (its first paragraph of prose; Docusaurus would take the byline, or both languages of a pair).
 */
export function pageFrontMatter(path: string, frontMatter: Record<string, unknown>, body: string): Record<string, unknown> {
  const data = {...normalizeFrontMatter(frontMatter)};
  const englishPath = englishPathOf(path);
  const missing = FROM_ENGLISH.filter((key) => data[key] === undefined);
  if (englishPath && missing.length && existsSync(englishPath)) {
    const english = splitFrontMatter(readFileSync(englishPath, 'utf8')).data;
    for (const key of missing) if (english[key] !== undefined) data[key] = english[key];
  }
  if (typeof data.description !== 'string' || data.description.trim() === '') {
    const description = pageDescription(body);
    if (description) data.description = description;
  }
  return data;
}

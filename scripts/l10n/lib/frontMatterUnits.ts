import {stringify} from 'yaml';
import type {LocalizedDoc} from '../../../src/core/l10n/localizedDoc';
import {plainUnit, type Unit} from './unitTypes';

/** The front matter a page's readers see (its title; its description for search engines), as units `front-matter:<key>`. */
const KEYS = ['title', 'description'] as const;
const PREFIX = 'front-matter:';

export const isFrontMatterId = (id: string) => id.startsWith(PREFIX);
export const frontMatterKey = (id: string) => id.slice(PREFIX.length);

/** A page's title and description: translated where the locale's copy has them, new on a page it does not have yet. */
export function frontMatterUnits(page: string, english: Record<string, unknown>, onDisk: LocalizedDoc | undefined): Unit[] {
  return KEYS.flatMap((key) => {
    const text = english[key];
    if (typeof text !== 'string' || !text.trim()) return [];
    const localized = onDisk?.data[key];
    const translation = typeof localized === 'string' ? localized : '';
    return [plainUnit(page, `${PREFIX}${key}`, text, translation)];
  });
}

/** The English of a front matter unit, or undefined when the page's English has no such key. */
export function frontMatterEnglish(id: string, english: Record<string, unknown>): string | undefined {
  const value = english[frontMatterKey(id)];
  return KEYS.includes(frontMatterKey(id) as (typeof KEYS)[number]) && typeof value === 'string' ? value : undefined;
}

/**
 * Sets front matter keys in a page's text, each on its own line as YAML writes the value (quoted
 * where it must be); a key written as a block scalar over several lines is refused (returned).
 */
export function setFrontMatter(text: string, values: ReadonlyArray<{key: string; value: string}>): {text: string} | {refused: string} {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  if (!match) return {refused: 'the page has no front matter to put it in'};
  let frontMatter = match[1] ?? '';
  for (const {key, value} of values) {
    const line = new RegExp(`^${key}:[ \\t]*(.*)$`, 'm');
    const existing = line.exec(frontMatter);
    if (existing && /^[>|]/.test(existing[1] ?? '')) return {refused: `its ${key} is a block of several lines; edit it in the page`};
    const written = `${key}: ${stringify(value, {lineWidth: 0}).trimEnd()}`;
    frontMatter = existing ? frontMatter.replace(line, () => written) : `${frontMatter}\n${written}`;
  }
  return {text: `---\n${frontMatter}\n---${match[2] ?? ''}${text.slice(match[0].length)}`};
}

import type {Root} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {defaultSchema, sanitize, type Schema} from 'hast-util-sanitize';

/**
 * Raw HTML blocks of imported pages (the Architecture Center's cards, Mixed Reality's tables) are
 * untrusted: they are rendered through GitHub's allow-list (hast-util-sanitize's default schema),
 * widened to the layout elements and the classes such content uses and to the span pairs' own
 * attributes. Images are left out: their relative paths point into a repository the site does not
 * have, and an absolute one would be a third-party request.
 */
export const HTML_BLOCK_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [
    ...(defaultSchema.tagNames ?? []).filter((t) => !['img', 'picture', 'source', 'input'].includes(t)),
    'article',
    'figure',
    'figcaption',
    'caption',
    'colgroup',
    'col',
    'nav',
    'header',
    'footer',
  ],
  attributes: {
    // Some tags allow only given classes (`ul.contains-task-list`); here any class goes, on every tag.
    ...Object.fromEntries(
      Object.entries(defaultSchema.attributes ?? {}).map(([tag, allowed]) => [tag, allowed.filter((a) => !(Array.isArray(a) && a[0] === 'className'))]),
    ),
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'role', 'dataTtuId', 'dataStuId'],
  },
};

/** An HTML block parsed as a fragment and reduced to the allow-list. */
export function sanitizedHtmlFragment(html: string): Root {
  return sanitize(fromHtml(html, {fragment: true}), HTML_BLOCK_SCHEMA) as Root;
}

import type {Root} from 'mdast';
import type {MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {VFile} from 'vfile';
import remarkBilingualSegments, {type BilingualSegmentsOptions} from '../bilingualSegments';
import remarkCjkAutolinks from '../cjkAutolinks';
import remarkHeadingAnchors from '../headingAnchors';
import remarkInertHtml from '../inertHtml';

export const ZH_PATH = 'i18n/zh-TW/docusaurus-plugin-content-docs/current/page.md';

/** Our plugins in Docusaurus' order, on the same CommonMark + GFM + front matter syntax. */
export function transform(text: string, options?: BilingualSegmentsOptions, path = ZH_PATH): {tree: Root; file: VFile} {
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(remarkGfm)
    .use(remarkHeadingAnchors)
    .use(remarkBilingualSegments, options)
    .use(remarkCjkAutolinks)
    .use(remarkInertHtml);
  const file = new VFile({value: text, path});
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return {tree, file};
}

/**
 * HTML as a `.md` page gets it: raw HTML goes through rehype-raw, as Docusaurus does for
 * CommonMark content, and our JSX spans become plain elements.
 */
export function toHtml(text: string, path = ZH_PATH): string {
  const {tree, file} = transform(text, undefined, path);
  const processor = unified()
    .use(remarkRehype, {
      allowDangerousHtml: true,
      handlers: {
        mdxJsxTextElement: (state, node: MdxJsxTextElement) => ({
          type: 'element',
          tagName: node.name ?? 'span',
          properties: Object.fromEntries(node.attributes.map((a) => ('name' in a ? [a.name, a.value as string] : []))),
          children: state.all(node),
        }),
      },
    })
    .use(rehypeRaw)
    .use(rehypeStringify);
  return String(processor.stringify(processor.runSync(tree, file)));
}

import type {Root} from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';

/** CommonMark + GFM + YAML front matter: the same syntax Docusaurus uses for `.md` files. */
const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm);

export function parseMarkdown(text: string): Root {
  return processor.runSync(processor.parse(text)) as Root;
}

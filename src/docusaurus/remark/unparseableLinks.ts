import type {Definition, Image, Link, Nodes, Parent, Root} from 'mdast';
import {unlink} from './unlink';
import type {VFile} from 'vfile';
import {SKIP, visit} from 'unist-util-visit';

/**
 * Whether Docusaurus' link handling can read a URL: it parses every link and definition against
 * the base `unspecified://`, and throws on what the URL parser refuses (`http://efprof.com>` from
 * an escaped autolink, `http://localhost:&lt`), which would fail the page.
 */
export function isParseableUrl(url: string): boolean {
  try {
    new URL(url, 'unspecified://');
    return true;
  } catch {
    return false;
  }
}

/** A link or image whose URL nothing can parse keeps its text (an image its alt text), with a warning at its place. */
export default function remarkUnparseableLinks() {
  return (tree: Root, file: VFile) => {
    visit(tree, (found: Nodes, index, parent: Parent | undefined) => {
      if (found.type !== 'link' && found.type !== 'image' && found.type !== 'definition') return undefined;
      const node = found as Link | Image | Definition;
      if (isParseableUrl(node.url)) return undefined;
      file.message(`URL ${JSON.stringify(node.url)} cannot be parsed; its text is kept without the link`, node, 'unparseable-links:bad-url');
      if (!parent || index === undefined) return undefined;
      unlink(parent, index, node);
      return [SKIP, index];
    });
  };
}

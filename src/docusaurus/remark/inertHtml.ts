import type {Nodes, Parent, Root, RootContent} from 'mdast';
import type {VFile} from 'vfile';
import {visit, SKIP} from 'unist-util-visit';
import {isSafeHtml, isSafeUrl} from '../../core/markdown/safeHtml';
import {unlink} from './unlink';

/**
 * Localized pages are untrusted: raw HTML off the allow-list is shown as text, and links or images
 * with a script URL lose the URL. Each neutralized place is reported as a warning with its position.
 */
export default function remarkInertHtml() {
  return (tree: Root, file: VFile) => {
    visit(tree, (visited, index, parent: Parent | undefined) => {
      const node = visited as Nodes;
      if (!parent || index === undefined) return;
      if (node.type === 'html' && !isSafeHtml(node.value)) {
        file.message(`Unsafe HTML shown as text: ${JSON.stringify(node.value.slice(0, 60))}`, node.position);
        parent.children[index] = {type: 'text', value: node.value, position: node.position} as RootContent;
        return SKIP;
      }
      if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) {
        file.message(`Unsafe URL removed: ${JSON.stringify(node.url.slice(0, 60))}`, node.position);
        unlink(parent, index, node);
        return [SKIP, index];
      }
      return undefined;
    });
  };
}

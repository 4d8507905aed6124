import type {Root, RootContent} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import {STALE, UNTRANSLATED} from '../../core/markdown/spanPairs';
import {currentEnglishCounts} from '../currentEnglish';
import {pageSegments} from './pageSegments';

/**
 * Puts "N sentences differ from the current English" under the title of a localized page read
 * against a newer English (see currentEnglish.ts): N is the sentences marked in the text (stale or
 * untranslated), and the notice says how many translations of English that is gone are left out.
 */
export default function remarkEnglishDrift() {
  return (tree: Root, file: VFile) => {
    const blocks = pageSegments(tree, file);
    if (blocks.some((b) => b.error)) return; // the segment plugin reports malformed pairs
    const marked = blocks.flatMap((b) => b.segments).filter((s) => s.state === STALE || s.state === UNTRANSLATED).length;
    const obsolete = (file.path && currentEnglishCounts(file.path)?.obsolete) || 0;
    if (marked === 0 && obsolete === 0) return;
    const notice: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: 'EnglishDrift',
      attributes: [
        {type: 'mdxJsxAttribute', name: 'count', value: String(marked)},
        {type: 'mdxJsxAttribute', name: 'obsolete', value: String(obsolete)},
      ],
      children: [],
    };
    const h1 = tree.children.findIndex((n) => n.type === 'heading' && n.depth === 1);
    tree.children.splice(h1 + 1, 0, notice as RootContent);
  };
}

import type {Link, Root, RootContent} from 'mdast';
import {visit, SKIP} from 'unist-util-visit';
import {splitTrailingCjkPunctuation} from '../../core/markdown/autolinkPunctuation';

/** Moves full-width punctuation that GFM glued onto a literal autolink back into the text. */
export default function remarkCjkAutolinks() {
  return (tree: Root) => {
    visit(tree, 'link', (link: Link, index, parent) => {
      const [only] = link.children;
      if (!parent || index === undefined || link.children.length !== 1 || only?.type !== 'text') return undefined;
      if (only.value !== link.url && `http://${only.value}` !== link.url && `mailto:${only.value}` !== link.url) return undefined;
      const {trailing} = splitTrailingCjkPunctuation(only.value);
      if (!trailing) return undefined;
      link.url = link.url.slice(0, -trailing.length);
      only.value = only.value.slice(0, -trailing.length);
      parent.children.splice(index + 1, 0, {type: 'text', value: trailing} as RootContent);
      return [SKIP, index + 2];
    });
  };
}

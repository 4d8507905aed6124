import type {Heading, Root} from 'mdast';
import type {MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {visit, SKIP} from 'unist-util-visit';
import {identifierPieces} from '../../core/markdown/identifierBreaks';

const wbr = (): MdxJsxTextElement => ({type: 'mdxJsxTextElement', name: 'wbr', attributes: [], children: []});

/**
 * Long identifiers in headings (`WebSocketCloseOutputSent`) get line-break opportunities (<wbr>)
 * between their words, so a phone breaks them there instead of mid-word or off the screen.
 */
export default function remarkHeadingBreaks() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      visit(heading, 'text', (node, index, parent) => {
        if (!parent || index === undefined) return undefined;
        const pieces = identifierPieces(node.value);
        if (pieces.length === 1) return undefined;
        const replacement = pieces.flatMap((value, i) => (i === 0 ? [{type: 'text' as const, value}] : [wbr(), {type: 'text' as const, value}]));
        parent.children.splice(index, 1, ...(replacement as typeof parent.children));
        return [SKIP, index + replacement.length];
      });
      return SKIP;
    });
  };
}

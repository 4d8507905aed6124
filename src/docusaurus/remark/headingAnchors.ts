import type {Heading, Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {anchorName, isAnchorClose} from '../../core/docfx/anchor';

/**
 * `# <a name="slug"></a>Title`: the anchor becomes the heading's id, so the English slug is the
 * id in every locale and the table of contents and heading links use it.
 */
export default function remarkHeadingAnchors() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      const [open, close] = heading.children;
      if (open?.type !== 'html' || close?.type !== 'html') return;
      const name = anchorName(open.value);
      if (name === undefined || !isAnchorClose(close.value)) return;
      heading.children.splice(0, 2);
      heading.data = {...heading.data, hProperties: {...heading.data?.hProperties, id: name}};
    });
  };
}

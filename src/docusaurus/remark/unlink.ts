import type {Definition, Image, Link, Parent} from 'mdast';

/**
 * Takes a link, image or definition out of the tree, keeping what a reader sees of it: a link's
 * text, an image's alt text; a definition goes (its reference links then read as their text).
 */
export function unlink(parent: Parent, index: number, node: Link | Image | Definition): void {
  const kept = node.type === 'link' ? node.children : node.type === 'image' ? [{type: 'text' as const, value: node.alt ?? ''}] : [];
  parent.children.splice(index, 1, ...(kept as Parent['children']));
}

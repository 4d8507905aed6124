import type {Image, Paragraph, Parent, Root, RootContent} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import {markerOfComment, opensBlock, type TripleColonMarker} from '../../core/docfx/tripleColon';

const ORIGIN = 'docfx-blocks';

type Position = RootContent['position'];

function element(name: string, attributes: Record<string, string>, position: Position, children: RootContent[] = []): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({type: 'mdxJsxAttribute', name: key, value})),
    children: children as MdxJsxFlowElement['children'],
    position,
  };
}

/** `:::image …:::` as a Markdown image (Docusaurus then bundles it), inside a link to its larger version when it has one. */
function image(marker: TripleColonMarker, position: Position): Paragraph {
  const {source = '', 'alt-text': alt = '', lightbox} = marker.attributes;
  const img: Image = {type: 'image', url: source, alt, position};
  return {type: 'paragraph', children: [lightbox ? {type: 'link', url: lightbox, children: [img], position} : img], position};
}

/** The element a block marker opens. */
function opened(marker: TripleColonMarker, position: Position): MdxJsxFlowElement {
  const {attributes} = marker;
  if (marker.name === 'row') return element('div', {className: 'docfx-row'}, position);
  if (marker.name === 'column') return element('div', {className: 'docfx-column', ...(attributes.span ? {'data-span': attributes.span} : {})}, position);
  if (marker.name === 'zone') {
    const kind = attributes.pivot !== undefined ? 'pivot' : 'target';
    // `pivot="csharp,python"`: a zone of two pivots, as space-separated words CSS can match one by one.
    return element(
      'div',
      {
        className: 'docfx-zone',
        [`data-${kind}`]: (attributes[kind] ?? '')
          .split(/[\s,]+/)
          .filter(Boolean)
          .join(' '),
      },
      position,
    );
  }
  // An image with a long description: the figure holds the image, then the description the reader may open.
  return element('figure', {className: 'docfx-figure'}, position, [image(marker, position), element('ImageDescription', {}, position)]);
}

/** Where a block's content goes: a figure's into its description. */
function contentOf(block: MdxJsxFlowElement): RootContent[] {
  const description = block.name === 'figure' ? (block.children[1] as MdxJsxFlowElement | undefined) : undefined;
  return (description ?? block).children as RootContent[];
}

/** Rebuilds a parent's children with its triple-colon blocks as elements, and its containers' children likewise. */
function rebuild(file: VFile, parent: Parent): void {
  const out: RootContent[] = [];
  const open: Array<{name: string; block: MdxJsxFlowElement; position: Position}> = [];
  const target = () => {
    const top = open.at(-1);
    return top ? contentOf(top.block) : out;
  };
  for (const child of parent.children as RootContent[]) {
    const marker = child.type === 'html' ? markerOfComment(child.value) : undefined;
    if (!marker) {
      if ('children' in child && child.type !== 'paragraph' && child.type !== 'heading') rebuild(file, child as Parent);
      target().push(child);
    } else if (marker.name === 'image' && !opensBlock(marker)) {
      if (!marker.attributes.source) file.message(':::image without a source="…" attribute: add the path of the image', child, `${ORIGIN}:no-source`);
      else target().push(image(marker, child.position));
    } else if (opensBlock(marker)) {
      const block = opened(marker, child.position);
      target().push(block);
      open.push({name: marker.name, block, position: child.position});
    } else if (marker.name.endsWith('-end')) {
      const name = marker.name.slice(0, -'-end'.length);
      const at = open.map((o) => o.name).lastIndexOf(name);
      if (at < 0) file.message(`:::${marker.name}::: without an opening :::${name}:::; remove it or open the block`, child, `${ORIGIN}:stray-end`);
      else open.length = at;
    } else {
      file.message(`unknown DocFX block ":::${marker.name}"; it is left out of the page`, child, `${ORIGIN}:unknown-block`);
    }
  }
  for (const {name, position} of open) {
    file.message(`:::${name}::: is never closed; add :::${name}-end:::`, position?.start, `${ORIGIN}:unclosed-block`);
  }
  parent.children = out as Parent['children'];
}

/**
 * DocFX triple-colon blocks, which the site's Markdown preprocessor turned into marker comments:
 * `:::image` becomes an image (linked to its lightbox version), `:::row:::`/`:::column:::` a row of
 * columns, `::: zone` a zone, an image with a long description a figure whose description opens
 * on request. A marker that does not fit is a warning with its file:line:column, never text.
 */
export default function remarkDocfxBlocks() {
  return (tree: Root, file: VFile) => {
    if (!String(file.value).includes('<!--docfx ')) return;
    rebuild(file, tree);
    addZonePicker(tree);
  };
}

/** Before a page's first pivot zone, the picker of its pivots (`::: zone pivot="csharp,python"` names two). */
function addZonePicker(tree: Root): void {
  /** The pivots of the zones in a node, itself included (`pivot="csharp python"` names two). */
  const pivotsIn = (node: RootContent): string[] => {
    const own = node.type === 'mdxJsxFlowElement' ? node.attributes.find((a) => 'name' in a && a.name === 'data-pivot')?.value : undefined;
    const inner = 'children' in node ? (node.children as RootContent[]).flatMap(pivotsIn) : [];
    return [...(typeof own === 'string' ? own.split(' ').filter(Boolean) : []), ...inner];
  };
  const byChild = tree.children.map(pivotsIn);
  const first = byChild.findIndex((p) => p.length > 0);
  if (first < 0) return;
  tree.children.splice(first, 0, element('ZonePicker', {pivots: [...new Set(byChild.flat())].join(' ')}, undefined) as RootContent);
}

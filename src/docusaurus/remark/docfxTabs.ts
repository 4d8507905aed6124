import type {Heading, Link, Parent, PhrasingContent, Root, RootContent} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';

/** The tab a heading opens: `# [Visual Studio](#tab/visual-studio)` (a dependent tab's `/condition` is dropped). */
function openedTab(node: RootContent): {id: string; label: PhrasingContent[]; depth: number} | undefined {
  if (node.type !== 'heading') return undefined;
  const content = (node as Heading).children.filter(
    (c) => !(c.type === 'html' && /^<\/?a[\s>]/i.test(c.value)) && !(c.type === 'text' && c.value.trim() === ''),
  );
  const [only] = content;
  if (content.length !== 1 || only?.type !== 'link') return undefined;
  const id = /^#tab\/([^/\s]+)/.exec((only as Link).url)?.[1];
  return id ? {id, label: (only as Link).children, depth: (node as Heading).depth} : undefined;
}

/** A label is the tab's own button: the segments in it are not focusable of their own (no nested controls). */
function unfocusable(nodes: PhrasingContent[]): PhrasingContent[] {
  for (const node of nodes) {
    if (node.type === 'mdxJsxTextElement') node.attributes = node.attributes.filter((a) => !('name' in a && a.name === 'tabIndex'));
    if ('children' in node) unfocusable(node.children as PhrasingContent[]);
  }
  return nodes;
}

function element(name: string, attributes: Record<string, string>, children: RootContent[]): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({type: 'mdxJsxAttribute', name: key, value})),
    children: children as MdxJsxFlowElement['children'],
  };
}

/** Rewrites the tab groups among a parent's children (and, recursively, in its containers). */
function rewrite(parent: Parent): void {
  const out: RootContent[] = [];
  const children = parent.children as RootContent[];
  for (let i = 0; i < children.length; i++) {
    const first = openedTab(children[i] as RootContent);
    if (!first) {
      const child = children[i] as RootContent;
      if ('children' in child && child.type !== 'heading' && child.type !== 'paragraph') rewrite(child as Parent);
      out.push(child);
      continue;
    }
    // A group runs until a thematic break (`---`, `***`), which it consumes, or a heading of a higher level.
    const tabs: Array<{id: string; label: PhrasingContent[]; content: RootContent[]}> = [];
    let at = i;
    for (; at < children.length; at++) {
      const node = children[at] as RootContent;
      const tab = openedTab(node);
      if (tab && tab.depth === first.depth) tabs.push({id: tab.id, label: tab.label, content: []});
      else if (node.type === 'thematicBreak') break;
      else if (node.type === 'heading' && (node as Heading).depth <= first.depth) {
        at--;
        break;
      } else tabs.at(-1)?.content.push(node);
    }
    i = at;
    out.push(
      element(
        'DocfxTabs',
        // Groups with the same tabs switch together, and the reader's choice is remembered (Docusaurus' groupId).
        {groupId: [...new Set(tabs.map((t) => t.id))].sort().join('+')},
        tabs.map((t) =>
          element('DocfxTab', {value: t.id}, [element('DocfxTabLabel', {}, [{type: 'paragraph', children: unfocusable(t.label)}]), ...t.content]),
        ),
      ),
    );
  }
  parent.children = out as Parent['children'];
}

/**
 * DocFX tabs, `# [Label](#tab/id)` headings each followed by its content and the group closed by
 * `---`, become Docusaurus tabs: groups with the same tabs switch together across the page and the
 * choice is remembered. The labels keep their bilingual segments.
 */
export default function remarkDocfxTabs() {
  return (tree: Root) => {
    rewrite(tree);
  };
}

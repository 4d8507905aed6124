import type {Nodes, Root} from 'mdast';
import type {MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {find, html} from 'property-information';

const HTML_NAME = /^[a-z][a-z0-9]*$/;

/** Properties of a plain HTML element, or undefined when it is not one (a component, an expression attribute). */
function plainProperties(node: MdxJsxTextElement): Record<string, string | string[] | true> | undefined {
  if (!node.name || !HTML_NAME.test(node.name)) return undefined;
  const properties: Record<string, string | string[] | true> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string'))
      return undefined;
    const {property} = find(html, attribute.name);
    const value = attribute.value ?? true;
    properties[property] = property === 'className' && typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : value;
  }
  return properties;
}

/**
 * Whether the subtree holds raw HTML, converting the plain HTML elements without any into hast
 * elements (`data.hName`) on the way back up. Iterative, children before their parent.
 */
function convert(tree: Root): void {
  const hasRaw = new Map<Nodes, boolean>();
  const stack: Array<{node: Nodes; visited: boolean}> = [{node: tree, visited: false}];
  while (stack.length > 0) {
    const top = stack.pop() as {node: Nodes; visited: boolean};
    const {node} = top;
    const children = 'children' in node ? (node.children as Nodes[]) : [];
    if (!top.visited) {
      stack.push({node, visited: true});
      for (const child of children) stack.push({node: child, visited: false});
      continue;
    }
    let raw = node.type === 'html';
    for (const child of children) {
      raw ||= hasRaw.get(child) ?? false;
      hasRaw.delete(child);
    }
    hasRaw.set(node, raw);
    // Inline elements only: in a block of its own (a table from an HTML block, say) the HTML parser
    // would restructure what is not valid HTML (a row without its body), which JSX keeps as written.
    if (raw || node.type !== 'mdxJsxTextElement') continue;
    const properties = plainProperties(node);
    if (!properties) continue;
    const element = node as unknown as {type: string; data?: Record<string, unknown>; attributes?: unknown; name?: unknown};
    element.type = 'plainTextElement';
    element.data = {...element.data, hName: node.name, hProperties: properties};
    delete element.attributes;
    delete element.name;
  }
}

/**
 * The last remark plugin: the inline HTML elements our plugins build as JSX (each sentence's three
 * spans) become hast elements once nothing else needs them as JSX (the table of contents is made).
 * In a `.md` page Docusaurus passes the tree through rehype-raw, which re-parses every JSX element's
 * children on their own, with a new HTML parser and line index each (on the whole zh-TW set about
 * 18 s of the build); an element it parses in one pass. One holding raw HTML stays JSX, so raw HTML
 * inside a sentence (a stray `</span>`, say) cannot close the sentence's own elements.
 */
export default function remarkPlainElements() {
  return (tree: Root) => convert(tree);
}

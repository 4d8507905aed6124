import type {Blockquote, Root, RootContent} from 'mdast';
import type {ContainerDirective} from 'mdast-util-directive';
import {visit} from 'unist-util-visit';
import {parseAlertMarker} from '../../core/docfx/alert';

/**
 * `> [!NOTE]` blockquotes become the container directives Docusaurus' admonitions plugin (which runs
 * after us) renders, so the alert gets the theme's localized title and styling.
 */
export default function remarkDocfxAlerts() {
  return (tree: Root) => {
    visit(tree, 'blockquote', (quote: Blockquote, index, parent) => {
      const first = quote.children[0];
      const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
      if (!parent || index === undefined || first?.type !== 'paragraph' || lead?.type !== 'text') return;
      const marker = parseAlertMarker(lead.value);
      if (!marker) return;
      lead.value = lead.value.slice(marker.length);
      if (lead.value === '') first.children.shift();
      const children = first.children.length === 0 ? quote.children.slice(1) : quote.children;
      const directive: ContainerDirective = {
        type: 'containerDirective',
        name: marker.kind,
        attributes: {},
        children: children as ContainerDirective['children'],
      };
      parent.children[index] = directive as RootContent;
    });
  };
}

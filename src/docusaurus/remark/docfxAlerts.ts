import type {Blockquote, BlockContent, DefinitionContent, Root, RootContent} from 'mdast';
import type {ContainerDirective} from 'mdast-util-directive';
import {visit} from 'unist-util-visit';
import {parseAlertMarker, type AlertKind} from '../../core/docfx/alert';

type QuoteContent = BlockContent | DefinitionContent;

/** The alert a quote's child opens, with its marker taken off the paragraph; undefined when it opens none. */
function openedAlert(child: QuoteContent): AlertKind | undefined {
  const lead = child.type === 'paragraph' ? child.children[0] : undefined;
  const marker = lead?.type === 'text' ? parseAlertMarker(lead.value) : undefined;
  if (!marker || lead?.type !== 'text' || child.type !== 'paragraph') return undefined;
  lead.value = lead.value.slice(marker.length);
  if (lead.value === '') child.children.shift();
  return marker.kind;
}

/**
 * `> [!NOTE]` blockquotes become the container directives Docusaurus' admonitions plugin (which runs
 * after us) renders, so the alert gets the theme's localized title and styling. As in DocFX, a
 * marker further down the same quote (`>` lines between two alerts) opens the next alert.
 */
export default function remarkDocfxAlerts() {
  return (tree: Root) => {
    visit(tree, 'blockquote', (quote: Blockquote, index, parent) => {
      if (!parent || index === undefined) return undefined;
      const before: QuoteContent[] = [];
      const alerts: ContainerDirective[] = [];
      for (const child of quote.children) {
        const kind = openedAlert(child);
        const current = alerts.at(-1);
        if (kind) alerts.push({type: 'containerDirective', name: kind, attributes: {}, children: []});
        const target = kind ? alerts.at(-1) : current;
        const emptied = child.type === 'paragraph' && child.children.length === 0;
        if (!target) before.push(child);
        else if (!emptied) target.children.push(child as ContainerDirective['children'][number]);
      }
      if (alerts.length === 0) return undefined;
      const replacement = [...(before.length > 0 ? [{...quote, children: before}] : []), ...alerts] as RootContent[];
      parent.children.splice(index, 1, ...replacement);
      return index + replacement.length;
    });
  };
}

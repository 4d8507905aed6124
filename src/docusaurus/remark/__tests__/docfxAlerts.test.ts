import type {Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {describe, expect, it} from 'vitest';
import {parseAlertMarker} from '../../../core/docfx/alert';
import remarkDocfxAlerts from '../docfxAlerts';

function run(text: string): Root {
  const processor = unified().use(remarkParse).use(remarkDocfxAlerts);
  return processor.runSync(processor.parse(text)) as Root;
}

describe('DocFX alerts', () => {
  it('reads every kind in any case', () => {
    expect(['[!NOTE]', '[!tip] x', '[!Important]', '[!CAUTION]', '[!warning]'].map((t) => parseAlertMarker(t)?.kind)).toEqual([
      'note',
      'tip',
      'important',
      'caution',
      'warning',
    ]);
    expect(parseAlertMarker('[!DANGER]')).toBeUndefined();
  });

  it('turns a > [!NOTE] blockquote into a note directive without the marker', () => {
    const tree = run('> [!NOTE]\n> WebSockets are always enabled.\n');
    expect(tree.children[0]).toMatchObject({
      type: 'containerDirective',
      name: 'note',
      children: [{type: 'paragraph', children: [{type: 'text', value: 'WebSockets are always enabled.'}]}],
    });
  });

  it('leaves ordinary blockquotes alone', () => {
    expect(run('> Just a quote.\n').children[0]?.type).toBe('blockquote');
  });
});

describe('several alerts in one quote', () => {
  it('opens a new alert at each marker, as DocFX reads `>` lines between two alerts', () => {
    const tree = run('> [!NOTE]\n> First note.\n>\n> More of it.\n>\n> [!TIP]\n> A tip.\n');
    expect(tree.children.map((n) => (n.type === 'containerDirective' ? [n.name, n.children.length] : n.type))).toEqual([
      ['note', 2],
      ['tip', 1],
    ]);
  });

  it('opens a new alert at a marker line in the middle of a paragraph, as DocFX reads it (NuGet, Package-authoring-best-practices.md)', () => {
    const tree = run('> [!IMPORTANT]\n> If the license expression *fits*, use it.\n> [!Note]\n> Only one of them.\n');
    expect(tree.children.map((n) => (n.type === 'containerDirective' ? [n.name, toString(n)] : n.type))).toEqual([
      ['important', 'If the license expression fits, use it.'],
      ['note', 'Only one of them.'],
    ]);
    expect(toString(tree)).not.toContain('[!');
  });

  it('keeps what comes before the first marker as a quote', () => {
    const tree = run('> A quote.\n>\n> [!WARNING]\n> Careful.\n');
    expect(tree.children.map((n) => (n.type === 'containerDirective' ? n.name : n.type))).toEqual(['blockquote', 'warning']);
  });

  it('turns a > [!div class="…"] quote into a styled box holding the rest of the quote', () => {
    const tree = run('> [!div class="nextstepaction"]\n> [Create a package](create.md)\n');
    expect(tree.children).toMatchObject([
      {
        type: 'mdxJsxFlowElement',
        name: 'div',
        attributes: [{name: 'className', value: 'docfx-div docfx-nextstepaction'}],
        children: [{type: 'paragraph', children: [{type: 'link', url: 'create.md'}]}],
      },
    ]);
  });

  it('turns a [!VIDEO https://…] paragraph, quoted or not, into a player, and leaves other schemes as text', () => {
    const tree = run('> [!VIDEO https://www.youtube.com/embed/rKURT32faJk]\n\n[!Video https://channel9.msdn.com/a/player ]\n\n[!VIDEO http://a/b]\n');
    expect(
      tree.children.map((n) =>
        n.type === 'mdxJsxFlowElement' ? `${n.name} ${String(n.attributes[0] && 'value' in n.attributes[0] ? n.attributes[0].value : '')}` : n.type,
      ),
    ).toEqual(['DocfxVideo https://www.youtube.com/embed/rKURT32faJk', 'DocfxVideo https://channel9.msdn.com/a/player', 'paragraph']);
  });
});

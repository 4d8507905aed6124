import type {Root} from 'mdast';
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

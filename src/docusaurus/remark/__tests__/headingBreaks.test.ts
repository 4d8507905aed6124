import type {Root} from 'mdast';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {describe, expect, it} from 'vitest';
import remarkHeadingBreaks from '../headingBreaks';

const run = (markdown: string) => {
  const processor = unified().use(remarkParse).use(remarkHeadingBreaks);
  return processor.runSync(processor.parse(markdown)) as Root;
};

describe('remarkHeadingBreaks', () => {
  it('puts a <wbr> between the words of a long identifier in a heading, and nowhere else', () => {
    const tree = run('# 3427 - WebSocketCloseOutputSent\n\nWebSocketCloseOutputSent in a paragraph.\n');
    const [heading, paragraph] = tree.children;
    expect(heading?.type === 'heading' && heading.children.map((c) => (c.type === 'text' ? c.value : `<${'name' in c ? c.name : c.type}>`))).toEqual([
      '3427 - Web',
      '<wbr>',
      'Socket',
      '<wbr>',
      'Close',
      '<wbr>',
      'Output',
      '<wbr>',
      'Sent',
    ]);
    expect(paragraph?.type === 'paragraph' && paragraph.children).toHaveLength(1);
  });
});

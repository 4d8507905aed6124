import {describe, expect, it} from 'vitest';
import {dedentTripleColon, markerOfComment, markTripleColon, parseTripleColon} from '../tripleColon';

describe('DocFX triple-colon markers', () => {
  it.each([
    [
      ':::image type="content" source="./media/a.png" alt-text="A screenshot" lightbox="./media/a-big.png":::',
      {name: 'image', attributes: {type: 'content', source: './media/a.png', 'alt-text': 'A screenshot', lightbox: './media/a-big.png'}},
    ],
    ['    :::column span="2":::', {name: 'column', attributes: {span: '2'}}],
    [':::row-end:::  ', {name: 'row-end', attributes: {}}],
    ['::: zone pivot="csharp"', {name: 'zone', attributes: {pivot: 'csharp'}}],
    ['::: zone-end', {name: 'zone-end', attributes: {}}],
    ['::: moniker range=">= aspnetcore-3.0"', undefined],
    [':::note', {name: 'note', attributes: {}}],
    ['::: not a marker', undefined],
  ])('reads %j', (line, marker) => {
    expect(parseTripleColon(line)).toEqual(marker);
  });
});

describe('dedentTripleColon', () => {
  const page = [
    'Intro',
    ':::row:::',
    '    :::column:::',
    '        ### Discoverable',
    '        Text on',
    '          two lines',
    '    :::column-end:::',
    ':::row-end:::',
    '',
    '    code stays code',
  ].join('\n');

  it('dedents markers and the content of blocks, nothing else', () => {
    expect(dedentTripleColon(page)?.text.split('\n')).toEqual([
      'Intro',
      ':::row:::',
      ':::column:::',
      '### Discoverable',
      'Text on',
      '  two lines',
      ':::column-end:::',
      ':::row-end:::',
      '',
      '    code stays code',
    ]);
  });

  it('maps offsets back to the original text', () => {
    const dedented = dedentTripleColon(page)!;
    for (const needle of ['### Discoverable', 'two lines', ':::row-end:::', 'code stays', 'Intro']) {
      expect(page.slice(dedented.toOriginal(dedented.text.indexOf(needle))).startsWith(needle)).toBe(true);
    }
  });

  it('keeps blocks and images in their list item (real Office Scripts and Edge pages indent them under the item)', () => {
    const item = [
      '1. Step',
      '',
      '    :::image type="content" source="a.png":::',
      '',
      '    > [!NOTE]',
      '    > Note.',
      '',
      '2. Row',
      '    :::row:::',
      '        :::column:::',
      '            Text',
      '        :::column-end:::',
      '    :::row-end:::',
    ];
    expect(dedentTripleColon(item.join('\n'))?.text.split('\n')).toEqual([
      ...item.slice(0, 9),
      '    :::column:::',
      '    Text',
      '    :::column-end:::',
      '    :::row-end:::',
    ]);
  });

  it('leaves pages without blocks, and fenced code, alone', () => {
    expect(dedentTripleColon('# T\n\n::: moniker range="x"\n\nText\n\n::: moniker-end\n')).toBeUndefined();
    expect(dedentTripleColon('```\n    :::row:::\n```\n')).toBeUndefined();
  });
});

describe('markTripleColon', () => {
  it('turns each marker line into a comment that holds it, outside fenced code', () => {
    const text = 'Text\n:::image type="content" source="a.png" alt-text="a --> b":::\n> :::row:::\n```\n:::row:::\n```\n';
    const marked = markTripleColon(text).split('\n');
    expect(marked.length).toBe(text.split('\n').length);
    expect(marked.slice(3)).toEqual(['```', ':::row:::', '```', '']);
    expect(marked[2]?.startsWith('> <!--docfx ')).toBe(true);
    expect(markerOfComment(marked[1] ?? '')).toEqual({name: 'image', attributes: {type: 'content', source: 'a.png', 'alt-text': 'a --> b'}});
    expect(markerOfComment('<!-- a comment -->')).toBeUndefined();
  });
});

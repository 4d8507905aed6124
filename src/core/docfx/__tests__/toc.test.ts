import {describe, expect, it} from 'vitest';
import {parseToc, tocToSidebar} from '../toc';

describe('DocFX tables of contents', () => {
  const toc = parseToc(
    [
      'items:',
      '  - name: Office スクリプト ドキュメント',
      '    href: index.md',
      '  - name: Excel on the web の Office スクリプト',
      '    items:',
      '      - name: 概要',
      '        href: overview/excel.md',
      '      - name: 未インポート',
      '        href: resources/vba-differences.md',
      '      - name: 概念',
      '        href: develop/',
      '        items:',
      '          - name: ベスト プラクティス',
      '            href: develop/best-practices.md',
      '  - name: HPC',
      '    href: /azure/architecture/topics/high-performance-computing?context=x',
      '  - name: GitHub',
      '    href: https://github.com/OfficeDev',
      '  - name: no place',
    ].join('\n'),
  );
  const ids = new Set(['set/docs/index', 'set/docs/overview/excel', 'set/docs/develop/index', 'set/docs/develop/best-practices']);

  it('reads the entries of a real toc.yml (Office Scripts, ja-JP)', () => {
    expect(toc.map((e) => e.name)).toEqual(['Office スクリプト ドキュメント', 'Excel on the web の Office スクリプト', 'HPC', 'GitHub', 'no place']);
  });

  it('makes sidebar items of the pages the site has, links of the rest, and leaves out what points nowhere', () => {
    expect(tocToSidebar(toc, 'set/docs', ids, 'ja-JP')).toEqual([
      {type: 'doc', id: 'set/docs/index', label: 'Office スクリプト ドキュメント', key: 'set/docs/0'},
      {
        type: 'category',
        label: 'Excel on the web の Office スクリプト',
        key: 'set/docs/1',
        items: [
          {type: 'doc', id: 'set/docs/overview/excel', label: '概要', key: 'set/docs/1/0'},
          {
            type: 'category',
            label: '概念',
            key: 'set/docs/1/2',
            items: [{type: 'doc', id: 'set/docs/develop/best-practices', label: 'ベスト プラクティス', key: 'set/docs/1/2/0'}],
            link: {type: 'doc', id: 'set/docs/develop/index'},
          },
        ],
      },
      {type: 'link', href: 'https://learn.microsoft.com/ja-jp/azure/architecture/topics/high-performance-computing?context=x', label: 'HPC', key: 'set/docs/2'},
      {type: 'link', href: 'https://github.com/OfficeDev', label: 'GitHub', key: 'set/docs/3'},
    ]);
  });
});

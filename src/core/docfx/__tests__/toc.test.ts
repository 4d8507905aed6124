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
    expect(tocToSidebar(toc, 'set/docs', {ids, uids: new Map()}, 'ja-JP')).toEqual([
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

  it("finds pages by uid, and a category's own page by topicHref or topicUid (ASP.NET Core, zh-TW)", () => {
    const aspnet = parseToc(
      [
        '- name: 總覽',
        '  items:',
        '    - name: 關於 ASP.NET Core',
        '      uid: index',
        '    - name: 比較 ASP.NET Core 與 ASP.NET',
        '      uid: fundamentals/choose-between-aspnet-and-aspnetcore',
        '    - name: 不在網站上',
        '      uid: dotnet/standard/choosing-core-framework-server',
        '- name: 基本概念',
        '  topicUid: fundamentals/index',
        '  items:',
        '    - name: 應用程式狀態',
        '      uid: fundamentals/app-state',
        '- name: 教學課程',
        '  href: tutorials/',
        '  topicHref: tutorials/index.md',
        '  items:',
        '    - name: 開始使用',
        '      uid: getting-started',
      ].join('\n'),
    );
    const uids = new Map([
      ['index', 'a/core/index'],
      ['fundamentals/choose-between-aspnet-and-aspnetcore', 'a/core/fundamentals/choose'],
      ['fundamentals/index', 'a/core/fundamentals/index'],
      ['fundamentals/app-state', 'a/core/fundamentals/app-state'],
      ['getting-started', 'a/core/getting-started'],
    ]);
    const docs = {ids: new Set([...uids.values(), 'a/core/tutorials/index']), uids};
    expect(tocToSidebar(aspnet, 'a/core', docs, 'zh-TW')).toEqual([
      {
        type: 'category',
        label: '總覽',
        key: 'a/core/0',
        items: [
          {type: 'doc', id: 'a/core/index', label: '關於 ASP.NET Core', key: 'a/core/0/0'},
          {type: 'doc', id: 'a/core/fundamentals/choose', label: '比較 ASP.NET Core 與 ASP.NET', key: 'a/core/0/1'},
        ],
      },
      {
        type: 'category',
        label: '基本概念',
        key: 'a/core/1',
        items: [{type: 'doc', id: 'a/core/fundamentals/app-state', label: '應用程式狀態', key: 'a/core/1/0'}],
        link: {type: 'doc', id: 'a/core/fundamentals/index'},
      },
      {
        type: 'category',
        label: '教學課程',
        key: 'a/core/2',
        items: [{type: 'doc', id: 'a/core/getting-started', label: '開始使用', key: 'a/core/2/0'}],
        link: {type: 'doc', id: 'a/core/tutorials/index'},
      },
    ]);
  });
});

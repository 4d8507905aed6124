import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {parseMarkdownToc, parseToc, parseTocFile, tocToSidebar} from '../toc';

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

describe('DocFX Markdown tables of contents', () => {
  it('nests headings by level, takes a link as the page, and ignores other lines (NuGet, zh-TW)', () => {
    const toc = parseMarkdownToc(
      [
        '# [什麼是 NuGet？](what-is-nuget.md)',
        '# 開始使用',
        '## [安裝 NuGet 用戶端工具](install-nuget-client-tools.md)',
        'a paragraph is not an entry',
        '## 設定 NuGet',
        '#### [還原套件](consume-packages/package-restore.md)',
        '### [Visual Studio for Mac](/visualstudio/mac/nuget-walkthrough?toc=/nuget/toc.json)',
        '# [參考 `nuget.exe`](reference/nuget-exe-cli-reference.md)',
        '#',
      ].join('\n'),
    );
    expect(toc).toEqual([
      {name: '什麼是 NuGet？', href: 'what-is-nuget.md'},
      {
        name: '開始使用',
        items: [
          {name: '安裝 NuGet 用戶端工具', href: 'install-nuget-client-tools.md'},
          {
            name: '設定 NuGet',
            items: [
              {name: '還原套件', href: 'consume-packages/package-restore.md'},
              {name: 'Visual Studio for Mac', href: '/visualstudio/mac/nuget-walkthrough?toc=/nuget/toc.json'},
            ],
          },
        ],
      },
      {name: '參考 nuget.exe', href: 'reference/nuget-exe-cli-reference.md'},
    ]);
    expect(parseTocFile('docs/TOC.md', '# [A](a.md)')).toEqual([{name: 'A', href: 'a.md'}]);
    expect(parseTocFile('docs/toc.yml', '- name: A\n  href: a.md')).toEqual([{name: 'A', href: 'a.md'}]);
  });

  it('finds a page whose file name differs in case from the href, as DocFX on Windows does, an exact match first', () => {
    const toc = parseMarkdownToc('# [套件版本控制](concepts/package-versioning.md)\n# [索引](Index.md)\n');
    const ids = new Set(['n/docs/concepts/Package-Versioning', 'n/docs/index', 'n/docs/Index']);
    expect(tocToSidebar(toc, 'n/docs', {ids, uids: new Map()}, 'zh-TW')).toEqual([
      {type: 'doc', id: 'n/docs/concepts/Package-Versioning', label: '套件版本控制', key: 'n/docs/0'},
      {type: 'doc', id: 'n/docs/Index', label: '索引', key: 'n/docs/1'},
    ]);
  });

  it('ends on any input, each heading an entry at most (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({min: 0, max: 8}), fc.string({maxLength: 12}), fc.boolean()), {maxLength: 40}), (lines) => {
        const markdown = lines.map(([depth, text, link]) => `${'#'.repeat(depth)} ${link ? `[${text}](x.md)` : text}`).join('\n');
        const count = (entries: ReturnType<typeof parseMarkdownToc>): number => entries.reduce((n, e) => n + 1 + count(e.items ?? []), 0);
        expect(count(parseMarkdownToc(markdown))).toBeLessThanOrEqual(lines.length);
      }),
    );
  });
});

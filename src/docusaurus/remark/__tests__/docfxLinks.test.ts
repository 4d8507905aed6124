import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Link, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkDocfxLinks from '../docfxLinks';

const MAP = join(__dirname, '../../../data/xrefmap.json');

function run(text: string, path: string): {tree: Root; file: VFile; links: string[]} {
  const processor = unified().use(remarkParse).use(remarkDocfxLinks, {xrefMap: MAP});
  const file = new VFile({value: text, path});
  const tree = processor.runSync(processor.parse(file), file) as Root;
  const links: string[] = [];
  visit(tree, 'link', (l: Link) => void links.push(`${toString(l)} -> ${l.url}`));
  return {tree, file, links};
}

describe('remarkDocfxLinks', () => {
  it('resolves uids to our pages, relative to the file so each locale links its own copy', () => {
    expect(run('[API](xref:System.Web.WebSockets.AspNetWebSocket.CloseOutputAsync)\n', '/site/docs/websockets.md').links).toEqual([
      'API -> ./api/closeoutputasync.md',
    ]);
    expect(
      run('See <xref:fundamentals/websockets#next-steps>.\n', '/site/i18n/ja-JP/docusaurus-plugin-content-docs/current/api/closeoutputasync.md').links,
    ).toEqual(['WebSockets support in ASP.NET Core -> ../websockets.md#next-steps']);
  });

  it('resolves other uids to their public URL, anchor kept', () => {
    expect(run('[how to download](xref:tutorials/index#how-to-download-a-sample)\n', '/site/docs/websockets.md').links).toEqual([
      'how to download -> https://learn.microsoft.com/aspnet/core/tutorials/#how-to-download-a-sample',
    ]);
  });

  it('warns about an unknown uid with file:line and keeps only the text', () => {
    const {tree, file, links} = run('Intro\n\nSee [the thing](xref:no/such/uid) here.\n', '/site/docs/x.md');
    expect(links).toEqual([]);
    expect(toString(tree)).toBe('IntroSee the thing here.');
    expect(file.messages.map((m) => [m.file, m.line, m.column, m.source, m.ruleId])).toEqual([['/site/docs/x.md', 3, 5, 'docfx-links', 'unresolved-xref']]);
    expect(file.messages[0]?.reason).toMatch(/^Unresolved xref "no\/such\/uid": add it to .*xrefmap\.json; the link text is shown without a link$/);
  });

  it("sends Microsoft's site-relative links to Microsoft Learn in the page's language", () => {
    expect(run('[WebSocket](/dotnet/core/api/x)\n', '/site/i18n/zh-TW/docusaurus-plugin-content-docs/current/websockets.md').links).toEqual([
      'WebSocket -> https://learn.microsoft.com/zh-tw/dotnet/core/api/x',
    ]);
    expect(run('[ours](/docs/websockets)\n', '/site/docs/a.md').links).toEqual(['ours -> /docs/websockets']);
  });

  it('rejects a missing map option', () => {
    expect(() =>
      unified()
        .use(remarkParse)
        .use(remarkDocfxLinks, {} as never)
        .freeze(),
    ).toThrow(TypeError);
  });

  it("resolves an imported doc set's xrefs to its own pages by their uid front matter", () => {
    const site = mkdtempSync(join(tmpdir(), 'xref-uids-'));
    mkdirSync(join(site, 'docs/ef/modeling'), {recursive: true});
    writeFileSync(join(site, 'docs/ef/modeling/keys.md'), '---\ntitle: Keys - EF Core\nuid: core/modeling/keys\n---\n# Keys\n');
    const processor = unified()
      .use(remarkParse)
      .use(remarkDocfxLinks, {xrefMap: MAP, docsDir: join(site, 'docs')});
    const page = join(site, 'i18n/zh-TW/docusaurus-plugin-content-docs/current/ef/modeling/index.md');
    const file = new VFile({value: '[索引鍵](xref:core/modeling/keys#alternate-keys) and <xref:core/modeling/keys>\n', path: page});
    const tree = processor.runSync(processor.parse(file), file) as Root;
    const links: string[] = [];
    visit(tree, 'link', (l: Link) => void links.push(`${toString(l)} -> ${l.url}`));
    expect(links).toEqual(['索引鍵 -> ./keys.md#alternate-keys', 'Keys - EF Core -> ./keys.md']);
    expect(file.messages).toEqual([]);
  });
});

describe('xrefs to the .NET API', () => {
  it('go to the API reference on Microsoft Learn in the page language, named as DocFX names them', () => {
    const page = '/site/i18n/ja-JP/docusaurus-plugin-content-docs/current/ef/x.md';
    const text =
      '<xref:System.DateTime>, <xref:Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer`1>, [Entity](xref:Microsoft.EntityFrameworkCore.ModelBuilder.Entity*)\n';
    const {links, file} = run(text, page);
    expect(links).toEqual([
      'DateTime -> https://learn.microsoft.com/ja-jp/dotnet/api/system.datetime',
      'ValueComparer -> https://learn.microsoft.com/ja-jp/dotnet/api/microsoft.entityframeworkcore.changetracking.valuecomparer-1',
      'Entity -> https://learn.microsoft.com/ja-jp/dotnet/api/microsoft.entityframeworkcore.modelbuilder.entity',
    ]);
    expect(file.messages).toEqual([]);
  });

  it('sends links and xrefs to pages of a set that were not imported to Microsoft Learn in the page’s language, when the set says where it is published', () => {
    const site = mkdtempSync(join(tmpdir(), 'docfx-set-'));
    const docs = join(site, 'docs');
    mkdirSync(join(docs, 'ef/entity-framework/core/modeling'), {recursive: true});
    mkdirSync(join(site, 'i18n/zh-TW/docusaurus-plugin-content-docs/current/ef/entity-framework/core/modeling'), {recursive: true});
    writeFileSync(join(docs, 'ef/entity-framework/docfx-set.json'), '{"learnUrl": "https://learn.microsoft.com/ef/"}');
    writeFileSync(join(docs, 'ef/entity-framework/core/modeling/keys.md'), '# Keys\n');
    const page = join(site, 'i18n/zh-TW/docusaurus-plugin-content-docs/current/ef/entity-framework/core/modeling/indexes.md');
    const processor = unified().use(remarkParse).use(remarkDocfxLinks, {xrefMap: MAP, docsDir: docs});
    const file = new VFile({
      value: '[鍵](keys.md) [相關](../querying/related-data.md#lazy) [關聯](xref:core/modeling/relationships) <xref:core/saving/index>\n',
      path: page,
    });
    const tree = processor.runSync(processor.parse(file), file) as Root;
    const links: string[] = [];
    visit(tree, 'link', (l: Link) => void links.push(`${toString(l)} -> ${l.url}`));
    expect(links).toEqual([
      '鍵 -> keys.md',
      '相關 -> https://learn.microsoft.com/zh-tw/ef/core/querying/related-data#lazy',
      '關聯 -> https://learn.microsoft.com/zh-tw/ef/core/modeling/relationships',
      'core/saving/index -> https://learn.microsoft.com/zh-tw/ef/core/saving/',
    ]);
    expect(file.messages).toEqual([]);
  });

  it('rewrites reference-style definitions as it rewrites links (a real Edge page)', () => {
    const {tree} = run(
      'See [the guide][Guide].\n\n[Guide]: /microsoft-edge/progressive-web-apps-chromium/get-started "Get started"\n',
      '/site/i18n/pt-BR/docusaurus-plugin-content-docs/current/page.md',
    );
    const urls: string[] = [];
    visit(tree, 'definition', (d: {url: string}) => void urls.push(d.url));
    expect(urls).toEqual(['https://learn.microsoft.com/pt-br/microsoft-edge/progressive-web-apps-chromium/get-started']);
  });
});

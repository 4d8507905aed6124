import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {pageFrontMatter} from '../pageFrontMatter';

function site(englishFrontMatter: string): string {
  const root = mkdtempSync(join(tmpdir(), 'front-matter-'));
  mkdirSync(join(root, 'docs'));
  mkdirSync(join(root, 'i18n/ja-JP/docusaurus-plugin-content-docs/current'), {recursive: true});
  writeFileSync(join(root, 'docs/page.md'), `---\n${englishFrontMatter}\n---\n# Page\n`);
  return join(root, 'i18n/ja-JP/docusaurus-plugin-content-docs/current/page.md');
}

describe('pageFrontMatter', () => {
  it('gives a localized page the English page’s place in the sidebar, unless it has its own', () => {
    const localized = site('sidebar_position: 1');
    expect(pageFrontMatter(localized, {title: 'ページ'}, '')).toEqual({title: 'ページ', sidebar_position: 1, demo: 'none'});
    expect(pageFrontMatter(localized, {sidebar_position: 5}, '')).toEqual({sidebar_position: 5, demo: 'none'});
  });

  it('describes a page by its first paragraph when its front matter does not, and keeps a description it has', () => {
    const localized = site('title: Page');
    const body =
      '# <span data-ttu-id="a-1">見出し</span><span class="sxs-lookup"><span data-stu-id="a-1">Heading</span></span>\n\n<span data-ttu-id="a-2">最初の文です。</span><span class="sxs-lookup"><span data-stu-id="a-2">The first sentence.</span></span>\n';
    expect(pageFrontMatter(localized, {title: 'Page'}, body)).toEqual({title: 'Page', description: '最初の文です。', demo: 'none'});
    expect(pageFrontMatter(localized, {title: 'Page', description: '説明'}, body)).toEqual({title: 'Page', description: '説明', demo: 'none'});
  });

  it('ends only pages about the WebSocket APIs with a demo, the one their English calls for, in every locale', () => {
    const root = mkdtempSync(join(tmpdir(), 'front-matter-'));
    const page = (id: string, english: string) => {
      mkdirSync(join(root, 'docs'), {recursive: true});
      mkdirSync(join(root, 'i18n/zh-TW/docusaurus-plugin-content-docs/current'), {recursive: true});
      writeFileSync(join(root, `docs/${id}.md`), english);
      return join(root, `i18n/zh-TW/docusaurus-plugin-content-docs/current/${id}.md`);
    };
    const demo = (path: string, frontMatter: Record<string, unknown> = {}) => pageFrontMatter(path, frontMatter, '# 譯文\n').demo;
    // ASP.NET Core's WebSockets article, a page on CloseOutputAsync, an EF Core modelling page.
    expect(demo(page('websockets', '# WebSockets\n\nCall `app.UseWebSockets()` first.\n'))).toBe('echo');
    expect(demo(page('close', '# Closing\n\nUse `CloseOutputAsync` to close the output.\n'))).toBe('close-modes');
    expect(demo(page('keys', '# Keys\n\nConfigure a key with `HasKey`.\n'))).toBe('none');
    // Declared in the English front matter (or at import with --demo), or in the page's own.
    expect(demo(page('declared', '---\ndemo: trace\n---\n# Keys\n'))).toBe('trace');
    expect(demo(page('keys2', '# Keys\n'), {demo: 'echo'})).toBe('echo');
    // A value that is not a demo is ignored with a warning; the text decides.
    expect(demo(page('bad', '# WebSockets\n\n`ClientWebSocket`\n'), {demo: 'chat'})).toBe('echo');
  });

  it('titles a page without one by what its first heading shows, never its markup (EF Core README.md)', () => {
    const localized = site('title: Page');
    const heading =
      '# <a name="entity-framework-docs"></a><span data-ttu-id="a-1">Entity Framework 文件</span><span class="sxs-lookup"><span data-stu-id="a-1">Entity Framework Docs</span></span>';
    const body = `\`\`\`md\n# Not this\n\`\`\`\n\n${heading}\n\nText.\n`;
    expect(pageFrontMatter(localized, {}, body).title).toBe('Entity Framework 文件');
    expect(pageFrontMatter(localized, {title: heading.slice(2)}, '').title).toBe('Entity Framework 文件');
    expect(pageFrontMatter(localized, {}, 'No heading.\n').title).toBeUndefined();
  });
});

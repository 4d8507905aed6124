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
    expect(pageFrontMatter(localized, {title: 'ページ'}, '')).toEqual({title: 'ページ', sidebar_position: 1});
    expect(pageFrontMatter(localized, {sidebar_position: 5}, '')).toEqual({sidebar_position: 5});
  });

  it('describes a page by its first paragraph when its front matter does not, and keeps a description it has', () => {
    const localized = site('title: Page');
    const body =
      '# <span data-ttu-id="a-1">見出し</span><span class="sxs-lookup"><span data-stu-id="a-1">Heading</span></span>\n\n<span data-ttu-id="a-2">最初の文です。</span><span class="sxs-lookup"><span data-stu-id="a-2">The first sentence.</span></span>\n';
    expect(pageFrontMatter(localized, {title: 'Page'}, body)).toEqual({title: 'Page', description: '最初の文です。'});
    expect(pageFrontMatter(localized, {title: 'Page', description: '説明'}, body)).toEqual({title: 'Page', description: '説明'});
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

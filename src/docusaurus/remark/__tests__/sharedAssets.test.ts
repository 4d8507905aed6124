import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Image, Paragraph, Root} from 'mdast';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkSharedAssets from '../sharedAssets';

const site = mkdtempSync(join(tmpdir(), 'shared-assets-'));
const localized = join(site, 'i18n/ja-JP/docusaurus-plugin-content-docs/current/set/a');
for (const dir of [join(site, 'docs/set/a/media'), join(localized, 'media')]) mkdirSync(dir, {recursive: true});
writeFileSync(join(site, 'docs/set/a/media/shared.png'), 'png');
writeFileSync(join(site, 'docs/set/a/media/own.png'), 'png');
writeFileSync(join(localized, 'media/own.png'), 'localized png');

function urls(markdown: string, path: string): string[] {
  const processor = unified().use(remarkParse).use(remarkSharedAssets, {siteDir: site});
  const file = new VFile({value: markdown, path});
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return (tree.children[0] as Paragraph).children.filter((n): n is Image => n.type === 'image').map((n) => n.url);
}

describe('remarkSharedAssets', () => {
  const page = '![a](media/shared.png) ![b](media/own.png) ![c](media/none.png) ![d](https://x/y.png)';

  it("points a localized page's images at the English folder's copy when it has none of its own", () => {
    expect(urls(page, join(localized, 'page.md'))).toEqual(['@site/docs/set/a/media/shared.png', 'media/own.png', 'media/none.png', 'https://x/y.png']);
  });

  it('leaves English pages alone', () => {
    expect(urls(page, join(site, 'docs/set/a/page.md'))).toEqual(['media/shared.png', 'media/own.png', 'media/none.png', 'https://x/y.png']);
  });

  it('refuses a missing siteDir', () => {
    expect(() => unified().use(remarkSharedAssets, {siteDir: ''}).freeze()).toThrow(new TypeError(`siteDir must be the site's folder, got ""`));
  });
});

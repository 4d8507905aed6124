import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Root} from 'mdast';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkEnglishDrift from '../englishDrift';

const pair = (id: string, target: string, source: string) =>
  `<span data-ttu-id="${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;

/** A site with one English page and its zh-TW translation; returns the drift the plugin records. */
function site(): {english: string; localized: string} {
  const root = mkdtempSync(join(tmpdir(), 'drift-'));
  const localizedDir = join(root, 'i18n/zh-TW/docusaurus-plugin-content-docs/current');
  mkdirSync(join(root, 'docs'), {recursive: true});
  mkdirSync(localizedDir, {recursive: true});
  return {english: join(root, 'docs/page.md'), localized: join(localizedDir, 'page.md')};
}

function drift(path: string, text: string) {
  const processor = unified().use(remarkParse).use(remarkEnglishDrift);
  const file = new VFile({value: text, path});
  processor.runSync(processor.parse(file) as Root, file);
  return Object.fromEntries(file.data.englishDrift ?? []);
}

describe('remarkEnglishDrift', () => {
  it('marks sentences whose English moved on, and follows the English page when it changes again', () => {
    const {english, localized} = site();
    const page = `# ${pair('a-1', '標題', 'Title')}\n\n${pair('a-2', '第一句。', 'The first sentence.')}\n`;
    writeFileSync(english, '# Title\n\nThe first sentence.\n');
    expect(drift(localized, page)).toEqual({});
    // The same page path, a new English text: the sentences are not taken from the earlier version.
    writeFileSync(english, '# Title\n\nThe first sentence, reworded.\n');
    expect(drift(localized, page)).toEqual({'a-2': {state: 'stale', english: 'The first sentence, reworded.'}});
    writeFileSync(english, '# Title\n\nThe first sentence.\n');
    expect(drift(localized, page)).toEqual({});
  });
});

import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Root} from 'mdast';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it, vi} from 'vitest';
import type * as blockSegments from '../../../core/markdown/blockSegments';
import {collectBlockSegments} from '../../../core/markdown/blockSegments';
import remarkBilingualSegments from '../bilingualSegments';
import remarkEnglishDrift from '../englishDrift';

vi.mock('../../../core/markdown/blockSegments', async (importOriginal) => {
  const actual = await importOriginal<typeof blockSegments>();
  return {...actual, collectBlockSegments: vi.fn(actual.collectBlockSegments)};
});

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

/** A two-sentence zh-TW page under the given English, compiled (as often as asked) by the drift and segment plugins, in the same VFile. */
function bothPlugins(englishText: string): {file: VFile; compile: () => Root} {
  const {english, localized} = site();
  writeFileSync(english, englishText);
  const page = `# ${pair('a-1', '標題', 'Title')}\n\n${pair('a-2', '第一句。', 'The first sentence.')}\n`;
  const processor = unified().use(remarkParse).use(remarkEnglishDrift).use(remarkBilingualSegments);
  const file = new VFile({value: page, path: localized});
  return {file, compile: () => processor.runSync(processor.parse(file) as Root, file) as Root};
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

  it('finds the span pairs once: the segment plugin rewrites the blocks the drift plugin analysed', () => {
    const {file, compile} = bothPlugins('# Title\n\nThe first sentence, reworded.\n');
    vi.mocked(collectBlockSegments).mockClear();
    const tree = compile();
    expect(collectBlockSegments).toHaveBeenCalledTimes(1);
    // The segment plugin wired the blocks of that one analysis, marking the stale sentence, and let it go.
    const wired = tree.children.map((n) =>
      'children' in n ? n.children.map((c) => (c.type === 'mdxJsxTextElement' ? c.attributes.map((a) => ('name' in a ? a.value : '')) : c.type)) : n.type,
    );
    expect(wired).toEqual([[['bi-seg', 'a-1', '0']], [], [['bi-seg bi-stale', 'a-2', '0']]]);
    expect(tree.children.map((n) => n.type)).toEqual(['heading', 'mdxJsxFlowElement', 'paragraph']);
    expect(file.data.blockSegments).toBeUndefined();
  });

  it('analyses a file compiled again afresh: the pairs of the new tree, not of the last one', () => {
    const {compile} = bothPlugins('# Title\n\nThe first sentence.\n');
    const first = compile();
    const second = compile();
    expect(second).toEqual(first);
  });
});

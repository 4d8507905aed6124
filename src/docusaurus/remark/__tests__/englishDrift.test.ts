import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it, vi} from 'vitest';
import type * as blockSegments from '../../../core/markdown/blockSegments';
import {collectBlockSegments} from '../../../core/markdown/blockSegments';
import {readOnCurrentEnglish} from '../../currentEnglish';
import remarkBilingualSegments from '../bilingualSegments';
import remarkEnglishDrift from '../englishDrift';

vi.mock('../../../core/markdown/blockSegments', async (importOriginal) => {
  const actual = await importOriginal<typeof blockSegments>();
  return {...actual, collectBlockSegments: vi.fn(actual.collectBlockSegments)};
});

const pair = (id: string, target: string, source: string) =>
  `<span data-ttu-id="${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;

const PAGE = `# ${pair('a-1', '標題', 'Title')}\n\n${pair('a-2', '第一句。', 'The first sentence.')} ${pair('a-3', '第二句。', 'A second sentence.')}\n`;

/** A site with one English page and its zh-TW translation. */
function site(englishText: string): {english: string; localized: string} {
  const root = mkdtempSync(join(tmpdir(), 'drift-'));
  const localizedDir = join(root, 'i18n/zh-TW/docusaurus-plugin-content-docs/current');
  mkdirSync(join(root, 'docs'), {recursive: true});
  mkdirSync(localizedDir, {recursive: true});
  const paths = {english: join(root, 'docs/page.md'), localized: join(localizedDir, 'page.md')};
  writeFileSync(paths.english, englishText);
  writeFileSync(paths.localized, PAGE);
  return paths;
}

/** The page as the site builds it: read against the current English, then the drift and segment plugins. */
function build(path: string) {
  const processor = unified().use(remarkParse).use(remarkEnglishDrift).use(remarkBilingualSegments);
  const file = new VFile({value: readOnCurrentEnglish(path, PAGE), path});
  const tree = processor.runSync(processor.parse(file), file) as Root;
  const notice = tree.children.find((n): n is MdxJsxFlowElement => n.type === 'mdxJsxFlowElement' && n.name === 'EnglishDrift');
  const attributes = Object.fromEntries(notice?.attributes.map((a) => ('name' in a ? [a.name, a.value] : [])) ?? []);
  const classes = (n: Root['children'][number]): string[] =>
    n.type === 'mdxJsxTextElement'
      ? [String(n.attributes.find((a) => 'name' in a && a.name === 'className')?.value)]
      : 'children' in n
        ? n.children.flatMap(classes)
        : [];
  return {file, tree, notice: notice && attributes, marks: tree.children.flatMap(classes)};
}

describe('a localized page read against the current English', () => {
  it('has no notice and no marks when it is the current English', () => {
    const {localized} = site('# Title\n\nThe first sentence. A second sentence.\n');
    expect(build(localized)).toMatchObject({notice: undefined, marks: ['bi-seg', 'bi-seg', 'bi-seg']});
  });

  it('marks what differs, counts what it marks, and says how many translations are left out; it follows the English when it changes again', () => {
    const {english, localized} = site('# Title\n\nThe first sentence, reworded.\n\nConnections close after a minute of silence.\n');
    expect(build(localized)).toMatchObject({notice: {count: '2', obsolete: '1'}, marks: ['bi-seg', 'bi-seg bi-stale', 'bi-seg bi-untranslated']});
    // The same page path, a new English text: the sentences are not taken from the earlier version.
    writeFileSync(english, '# Title\n\nThe first sentence. A second sentence.\n');
    expect(build(localized)).toMatchObject({notice: undefined, marks: ['bi-seg', 'bi-seg', 'bi-seg']});
  });

  it('finds the span pairs once: the segment plugin rewrites the blocks the drift plugin analysed', () => {
    const {localized} = site('# Title\n\nThe first sentence, reworded. A second sentence.\n');
    vi.mocked(collectBlockSegments).mockClear();
    const {file, tree} = build(localized);
    expect(collectBlockSegments).toHaveBeenCalledTimes(1);
    expect(tree.children.map((n) => n.type)).toEqual(['heading', 'mdxJsxFlowElement', 'paragraph']);
    expect(file.data.blockSegments).toBeUndefined();
  });

  it('reads a page whose pairs do not parse as it is, for the segment plugin to report', () => {
    const {localized} = site('# Title\n\nThe first sentence.\n');
    const broken = `<span data-ttu-id="x">未關閉\n`;
    expect(readOnCurrentEnglish(localized, broken)).toBe(broken);
  });
});

import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {toString} from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkBilingualSegments from '../bilingualSegments';
import remarkDocfxIncludes from '../docfxIncludes';
import {VFileMessage} from 'vfile-message';

const site = mkdtempSync(join(tmpdir(), 'docfx-includes-'));
const localized = join(site, 'i18n/ja-JP/docusaurus-plugin-content-docs/current');
const write = (path: string, text: string) => {
  mkdirSync(dirname(path), {recursive: true});
  writeFileSync(path, text);
};
write(join(site, 'docs/set/includes/note.md'), 'English note.\n');
write(join(localized, 'set/includes/note.md'), '---\nms.contentlocale: ja-JP\n---\n注記。\n');
write(join(site, 'docs/set/includes/only-english.md'), 'Only in English.\n');
write(join(site, 'docs/set/includes/loop.md'), '[!INCLUDE [loop](loop.md)]\n');

/** Where and why the (asynchronous) plugin failed. */
async function failure(run: () => Promise<unknown>): Promise<Pick<VFileMessage, 'line' | 'column' | 'source' | 'ruleId' | 'reason'>> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof VFileMessage)) throw error;
    const {line, column, source, ruleId, reason} = error;
    return {line, column, source, ruleId, reason};
  }
  throw new Error('expected the plugin to fail');
}

async function run(text: string, path: string, onMissing: 'fail' | 'warn' = 'warn', pairs = false): Promise<{tree: Root; file: VFile}> {
  const processor = unified()
    .use(remarkParse)
    .use(pairs ? [remarkBilingualSegments] : [])
    .use(remarkDocfxIncludes, {siteDir: site, onMissing});
  const file = new VFile({value: text, path});
  return {tree: (await processor.run(processor.parse(file), file)) as Root, file};
}

describe('remarkDocfxIncludes', () => {
  it('puts the localized include in a localized page, else the English one, block and inline', async () => {
    const page = join(localized, 'set/a/page.md');
    const {tree} = await run('[!INCLUDE [note](../includes/note.md)]\n\nSee [!INCLUDE [x](../includes/only-english.md)] here.\n', page);
    expect(tree.children.map((n) => toString(n))).toEqual(['注記。', 'See Only in English. here.']);
  });

  it('reads include lines with no blank line between as includes of their own (ASP.NET Core, first-mvc-app/adding-model.md)', async () => {
    const page = join(localized, 'set/a/page.md');
    const {tree} = await run('Before.\n\n[!INCLUDE [note](../includes/note.md)]\n[!INCLUDE [x](../includes/only-english.md)]\n\nAfter.\n', page);
    expect(tree.children.map((n) => toString(n))).toEqual(['Before.', '注記。', 'Only in English.', 'After.']);
  });

  it('takes ~/ paths from the docs root down, in an English page', async () => {
    const {tree} = await run('[!INCLUDE [note](~/includes/note.md)]\n', join(site, 'docs/set/a/page.md'));
    expect(toString(tree)).toBe('English note.');
  });

  it('shows a notice for a missing include and warns with file:line:column, or fails when told', async () => {
    const {tree, file} = await run('Text.\n\n[!INCLUDE [gone](../includes/gone.md)]\n', join(site, 'docs/set/a/page.md'));
    const notice = tree.children[1] as MdxJsxFlowElement;
    expect([notice.name, file.messages.map((m) => [m.line, m.column, m.ruleId])]).toEqual(['MissingContent', [[3, 1, 'missing-include']]]);
    const {reason, ...where} = await failure(() => run('[!INCLUDE [gone](gone.md)]\n', join(site, 'docs/set/page.md'), 'fail'));
    expect(where).toMatchObject({line: 1, column: 1, source: 'docfx-includes', ruleId: 'missing-include'});
    expect(reason.startsWith('Include: file "gone.md" not found')).toBe(true);
  });

  it('puts an include inside a sentence’s pair in both languages, and a placeholder named as the include when it is missing (SQL Server docs)', async () => {
    const page = join(localized, 'set/a/page.md');
    const pair = (t: string, e: string) => `<span data-ttu-id="k-1">${t}</span><span class="sxs-lookup"><span data-stu-id="k-1">${e}</span></span>`;
    const {tree, file} = await run(
      `${pair('[!INCLUDE[x](../includes/only-english.md)] と [!INCLUDE[ssCurrent](../includes/sscurrent-md.md)] を使う。', 'Use [!INCLUDE[x](../includes/only-english.md)] and [!INCLUDE[ssCurrent](../includes/sscurrent-md.md)].')}\n`,
      page,
      'warn',
      true,
    );
    expect(toString(tree)).toBe('Only in English. と  を使う。Use Only in English. and .');
    expect(JSON.stringify(tree)).not.toContain('INCLUDE');
    const placeholders: string[] = [];
    JSON.stringify(tree, (key, value: {name?: string; attributes?: Array<{name: string; value: string}>}) => {
      if (value?.name === 'MissingContent') placeholders.push(value.attributes?.find((a) => a.name === 'inline')?.value ?? '');
      return value;
    });
    expect(placeholders).toEqual(['ssCurrent', 'ssCurrent']);
    expect(file.messages.map((m) => m.ruleId)).toEqual(['missing-include', 'missing-include']);
  });

  it('stops an include that includes itself', async () => {
    const {reason} = await failure(() => run('[!INCLUDE [loop](../includes/loop.md)]\n', join(site, 'docs/set/a/page.md')));
    expect(reason).toMatch(/includes itself/);
  });
});

import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkPageGuard, {type PageGuardOptions} from '../pageGuard';

const ZH = 'i18n/zh-TW/docusaurus-plugin-content-docs/current/page.md';
const EN = 'docs/page.md';

/** A plugin that fails on the pages named, as a plugin of ours or Docusaurus' own may. */
function failOn(paths: string[]) {
  return () => (tree: Root, file: VFile) => {
    if (paths.includes(file.path)) file.fail('Moniker zone: "::: moniker-end" without an opening', tree.children[1] ?? tree);
  };
}

async function compile(failing: string[], options: PageGuardOptions = {}) {
  const lines: string[] = [];
  const processor = unified()
    .use(remarkParse)
    .use(remarkPageGuard, {
      englishOf: (path) => (path === ZH ? {path: EN, text: '# Title\n\nThe English article.\n'} : undefined),
      write: (l) => lines.push(l),
      ...options,
    })
    .use(failOn(failing))
    .use(remarkRehype, {
      handlers: {
        mdxJsxFlowElement: (state, node: MdxJsxFlowElement) => ({
          type: 'element',
          tagName: 'aside',
          properties: Object.fromEntries(node.attributes.map((a) => ('name' in a ? [`data-${a.name}`, a.value as string] : []))),
          children: state.all(node),
        }),
      },
    })
    .use(rehypeStringify);
  const file = new VFile({value: '# 標題\n\n第一段。\n\n::: moniker-end\n', path: ZH, data: {frontMatter: {title: '標題'}}});
  const result = await processor.process(file);
  return {html: String(result), data: result.data, lines};
}

describe('remarkPageGuard', () => {
  it('leaves a page that builds as it is', async () => {
    const {html, lines} = await compile([]);
    expect(html).toContain('第一段。');
    expect(lines).toEqual([]);
  });

  it('builds a failing localized page as a notice and the English article, and reports its file:line:column', async () => {
    const {html, data, lines} = await compile([ZH]);
    expect(html).toBe('<h1>Title</h1>\n<aside data-where="' + ZH + ':3:1" data-english="' + EN + '"></aside>\n<p>The English article.</p>');
    expect(data).toEqual({frontMatter: {title: '標題'}});
    expect(lines).toEqual([
      `[WARNING] ${ZH}:3:1: the page could not be built and shows an error page instead: Moniker zone: "::: moniker-end" without an opening (page-guard:page-failed)`,
    ]);
  });

  it('builds the notice alone when the English fails too', async () => {
    const {html} = await compile([ZH, EN]);
    expect(html).toBe(`<aside data-where="${ZH}:3:1"></aside>`);
  });

  it('lets the error fail the build when strict', async () => {
    await expect(compile([ZH], {strict: true})).rejects.toThrow('Moniker zone');
  });

  it('refuses a bad option, quoting it', () => {
    expect(() =>
      unified()
        .use(remarkParse)
        .use(remarkPageGuard, {strict: 'yes' as never})
        .freeze(),
    ).toThrow(new TypeError('strict must be true or false, got "yes"'));
  });
});

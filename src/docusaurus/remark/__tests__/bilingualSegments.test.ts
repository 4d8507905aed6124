import {toString} from 'mdast-util-to-string';
import type {Nodes} from 'mdast';
import type {MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {visit} from 'unist-util-visit';
import {failure} from './vfileFailure';
import {describe, expect, it} from 'vitest';
import {LOCALIZED_SEEDS, readSeed} from '../../../core/markdown/__tests__/seeds';
import {normalizeOptions} from '../bilingualSegments';
import {toHtml, transform, ZH_PATH} from './pipeline';

const pair = (id: string, t: string, s: string) => `<span data-ttu-id="${id}">${t}</span><span class="sxs-lookup"><span data-stu-id="${id}">${s}</span></span>`;

function segments(tree: Nodes) {
  const found: Array<{id: string; t: string; s: string; tLang: string}> = [];
  visit(tree, 'mdxJsxTextElement', (node: MdxJsxTextElement) => {
    const attr = (n: MdxJsxTextElement, name: string) => n.attributes.find((a) => 'name' in a && a.name === name)?.value;
    if (attr(node, 'className') !== 'bi-seg') return;
    const [t, s] = node.children as MdxJsxTextElement[];
    found.push({id: String(attr(node, 'data-seg')), t: toString(t), s: toString(s), tLang: String(t && attr(t, 'lang'))});
  });
  return found;
}

describe('remarkBilingualSegments', () => {
  it('turns a pair into one segment with both sides', () => {
    const {tree} = transform(`${pair('k-1', '甲。', 'One.')} ${pair('k-2', '乙。', 'Two.')}\n`);
    expect(segments(tree)).toEqual([
      {id: 'k-1', t: '甲。', s: 'One.', tLang: 'zh-TW'},
      {id: 'k-2', t: '乙。', s: 'Two.', tLang: 'zh-TW'},
    ]);
  });

  it('renders inline Markdown inside both sides', () => {
    const html = toHtml(`${pair('k-1', '使用 `Configure` 與 [連結](https://x.test/a) **粗體**', 'Use `Configure` and [link](https://x.test/a) **bold**')}\n`);
    expect(html).toBe(
      '<p><span class="bi-seg" data-seg="k-1" tabindex="0"><span class="bi-t" lang="zh-TW">使用 <code>Configure</code> 與 <a href="https://x.test/a">連結</a> <strong>粗體</strong></span>' +
        '<span class="bi-s" lang="en">Use <code>Configure</code> and <a href="https://x.test/a">link</a> <strong>bold</strong></span></span></p>',
    );
  });

  it('keeps the English anchor as the heading id and drops the anchor markup', () => {
    const {tree} = transform(`## <a name="next-steps"></a>${pair('k-1', '後續步驟', 'Next steps')}\n`);
    const heading = tree.children[0];
    expect(heading?.type === 'heading' && heading.data?.hProperties).toEqual({id: 'next-steps'});
    expect(segments(tree)).toEqual([{id: 'k-1', t: '後續步驟', s: 'Next steps', tLang: 'zh-TW'}]);
    expect(toString(heading)).toBe('後續步驟Next steps');
  });

  it('handles pairs in table cells and list items', () => {
    const {tree} = transform(`|||\n|-|-|\n|${pair('k-1', '識別碼', 'ID')}|${pair('k-2', '3427', '3427')}|\n\n* ${pair('k-3', '項目', 'Item')}\n`);
    expect(segments(tree).map((s) => s.id)).toEqual(['k-1', 'k-2', 'k-3']);
  });

  it('handles a pair inside link text', () => {
    const {tree} = transform(`[${pair('k-1', '範例', 'Sample')}](https://x.test/s) ${pair('k-2', '乙。', 'Two.')}\n`);
    expect(segments(tree)).toEqual([
      {id: 'k-1', t: '範例', s: 'Sample', tLang: 'zh-TW'},
      {id: 'k-2', t: '乙。', s: 'Two.', tLang: 'zh-TW'},
    ]);
    const paragraph = tree.children[0];
    expect(paragraph?.type === 'paragraph' && paragraph.children[0]?.type).toBe('link');
  });

  it('marks a sentence sync left untranslated: the English stands in for the translation', () => {
    const html = toHtml(
      `<span data-ttu-id="k-9" data-l10n-state="untranslated">New sentence.</span><span class="sxs-lookup"><span data-stu-id="k-9">New sentence.</span></span>\n`,
    );
    expect(html).toBe(
      '<p><span class="bi-seg bi-untranslated" data-seg="k-9" tabindex="0"><span class="bi-t" lang="en">New sentence.</span><span class="bi-s" lang="en">New sentence.</span></span></p>',
    );
  });

  it('fails on a malformed pair with file:line:column and the way out', () => {
    const text = `# T\n\nok ${pair('k-1', 'a', 'A')}\n\nbad <span data-ttu-id="k-2">x</span>\n`;
    expect(failure(() => transform(text))).toEqual({
      file: ZH_PATH,
      line: 5,
      column: 5,
      source: 'bilingual-segments',
      ruleId: 'malformed-span-pair',
      reason:
        'Malformed span pair: Translation span "k-2" has no English source after it (a translation span must be followed directly by ' +
        '<span class="sxs-lookup"><span data-stu-id="…">English</span></span>). ' +
        "To render such blocks in English instead, set the bilingual plugin option onMalformed: 'warn'.",
    });
  });

  it('in warn mode reports the pair and renders the English of the block', () => {
    const text = `<span data-ttu-id="k-1">甲</span><span class="sxs-lookup"><span data-stu-id="k-9">One</span></span>\n`;
    const {tree, file} = transform(text, {onMalformed: 'warn'});
    expect(toString(tree)).toBe('One');
    expect(file.messages.map((m) => [m.file, m.line, m.column, m.ruleId, m.reason])).toEqual([
      [
        ZH_PATH,
        1,
        58,
        'malformed-span-pair',
        'Malformed span pair: data-ttu-id "k-1" is paired with data-stu-id "k-9" (data-ttu-id and data-stu-id of one pair must be equal)',
      ],
    ]);
  });

  it('reports a pair split by emphasis', () => {
    const text = `**${pair('k-1', '甲', 'One')}** <span data-ttu-id="k-2">**乙</span><span class="sxs-lookup"><span data-stu-id="k-2">Two**</span></span>\n`;
    const {line, reason} = failure(() => transform(text));
    expect(line).toBe(1);
    expect(reason).toMatch(/^Malformed span pair: Span pair "k-2" crosses Markdown strong/);
  });

  it('rejects bad options with a TypeError quoting the value', () => {
    expect(() => normalizeOptions({onMalformed: 'ignore' as 'warn'})).toThrow(new TypeError(`onMalformed must be 'error' or 'warn', got "ignore"`));
  });
});

describe('untrusted translations stay inert', () => {
  it.each([
    ['a script element', '<script>alert(1)</script>', '<script'],
    ['an event handler', '<img src="x" onerror="alert(1)">', '<img'],
    ['a javascript: link', '[按](javascript:alert(1))', 'href="javascript'],
    ['an entity-encoded javascript: link', '[按](jav&#x61;script:alert(1))', 'href='],
    ['a raw anchor with javascript:', '<a href="javascript:alert(1)">按</a>', '<a href'],
  ])('renders %s as text', (_name, payload, forbidden) => {
    const html = toHtml(`${pair('k-1', `看 ${payload} 這裡`, 'See here')}\n`);
    expect(html).not.toContain(forbidden);
    expect(html).toContain('這裡');
    expect(html).toMatch(/<span class="bi-t" lang="zh-TW">看 .+ 這裡<\/span>/);
  });

  it('drops a javascript: reference definition', () => {
    const html = toHtml(`${pair('k-1', '[按][x]', 'See')}\n\n[x]: javascript:alert(1)\n`);
    expect(html).not.toContain('href');
    expect(html).toContain('[按][x]');
  });

  it('shows the script source as visible text', () => {
    expect(toHtml(`${pair('k-1', '<script>alert(1)</script>', 'x')}\n`)).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });
});

describe.each(LOCALIZED_SEEDS)('seed $name through the plugins', ({name, pairs, locale}) => {
  const {tree} = transform(readSeed(name), undefined, `i18n/${locale}/docusaurus-plugin-content-docs/current/${name}`);

  it('has every pair as a segment, no span markup left', async () => {
    const found = segments(tree);
    expect(found).toHaveLength(pairs);
    expect(found.every((s) => s.tLang === locale && s.t.trim() && s.s.trim())).toBe(true);
    visit(tree, 'html', (node) => expect(node.value).not.toMatch(/<\/?span/));
    await expect(JSON.stringify(found, null, 1)).toMatchFileSnapshot(`__fixtures__/${name}.segments.json`);
  });
});

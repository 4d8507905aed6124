import type {Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkUnparseableLinks, {isParseableUrl} from '../unparseableLinks';

function run(text: string) {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkUnparseableLinks);
  const file = new VFile({value: text, path: 'docs/page.md'});
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return {tree, messages: file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`)};
}

describe('remarkUnparseableLinks', () => {
  it('keeps the text of an escaped autolink (EF6 performance white paper) and warns at its place', () => {
    const {tree, messages} = run('See \\<http://efprof.com> for more.\n');
    expect(toString(tree)).toBe('See <http://efprof.com> for more.');
    expect(JSON.stringify(tree)).not.toContain('"type":"link"');
    expect(messages).toEqual(['1:7 URL "http://efprof.com>" cannot be parsed; its text is kept without the link']);
  });

  it('keeps a link with a URL nothing parses as its text (ASP.NET Core, client-side/spa/angular.md)', () => {
    const {tree, messages} = run('Open [the app](http://localhost:&lt;port&gt;) and [docs](https://learn.microsoft.com/).\n');
    expect(toString(tree)).toBe('Open the app and docs.');
    expect(JSON.stringify(tree).match(/"type":"link"/g)).toHaveLength(1);
    expect(messages).toHaveLength(1);
  });

  it('reads URLs as Docusaurus does', () => {
    expect([isParseableUrl('../a.md#b'), isParseableUrl('https://x.test/a'), isParseableUrl('http://localhost:<port>')]).toEqual([true, true, false]);
  });
});

import type {Root} from 'mdast';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkReportMessages from '../reportMessages';

describe('remarkReportMessages', () => {
  it('prints each warning once with its file:line:column and rule, and leaves errors to the build', () => {
    const lines: string[] = [];
    const processor = unified()
      .use(remarkParse)
      .use(() => (_tree: Root, file: VFile) => {
        file.message('Code include: sample file "a.cs" not found', {line: 3, column: 1}, 'code-includes:missing-sample');
      })
      .use(remarkReportMessages, {write: (line: string) => lines.push(line)});
    for (let i = 0; i < 2; i++) {
      const file = new VFile({value: 'x\n', path: 'docs/page.md'});
      processor.runSync(processor.parse(file), file);
    }
    expect(lines).toEqual(['[WARNING] docs/page.md:3:1: Code include: sample file "a.cs" not found (code-includes:missing-sample)']);
  });
});

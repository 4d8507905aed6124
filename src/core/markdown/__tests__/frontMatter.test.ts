import {describe, expect, it} from 'vitest';
import {splitFrontMatter} from '../frontMatter';

describe('splitFrontMatter', () => {
  it('reads YAML front matter lazily and its body', () => {
    const doc = splitFrontMatter('---\ntitle: A\n---\n# A\n');
    expect([doc.data, doc.error, doc.body]).toEqual([{title: 'A'}, undefined, '# A\n']);
  });

  it('gives front matter that is not YAML as no data and an error at its line:column, never a throw', () => {
    const doc = splitFrontMatter('---\ntitle: A\nbad: [unclosed\nms.date: 1\n---\n# A\n');
    expect(doc.data).toEqual({});
    expect(doc.error).toMatchObject({line: 4, column: 1, message: expect.stringContaining('flow collection')});
    expect(doc.body).toBe('# A\n');
    expect(splitFrontMatter('---\nbad: [unclosed\n---\n').error?.line).toBeGreaterThan(1);
  });
});

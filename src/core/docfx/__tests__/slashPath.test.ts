import {describe, expect, it} from 'vitest';
import {resolveDots} from '../slashPath';

describe('resolveDots', () => {
  it.each([
    ['docs/set/a/../includes/x.md', 'docs/set/includes/x.md'],
    ['/site/docs/./a//b.md', '/site/docs/a/b.md'],
    ['set/docs/develop/', 'set/docs/develop'],
    ['../x.md', 'x.md'],
  ])('%s → %s', (path, resolved) => {
    expect(resolveDots(path)).toBe(resolved);
  });
});

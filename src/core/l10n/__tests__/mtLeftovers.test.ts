import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {emphasised, fixMtLeftovers, mtLeftovers} from '../mtLeftovers';

describe('machine translation’s emphasis leftovers', () => {
  it('finds an emptied bold, escaped or not, and markers with spaces inside (ASP.NET Core zh-TW, razor-pages/ui-class.md)', () => {
    expect(mtLeftovers('選取 [建立]\\*\\*\\*\\*。').map((l) => [l.kind, l.text])).toEqual([['empty-emphasis', '\\*\\*\\*\\*']]);
    expect(mtLeftovers('選取 [新增]**[專案]** > \\*\\*\\*\\* 。').map((l) => l.kind)).toEqual(['empty-emphasis']);
    expect(mtLeftovers('按一下 ** ATTACHMENT **。').map((l) => [l.kind, l.text])).toEqual([['spaced-emphasis', '** ATTACHMENT **']]);
    expect(mtLeftovers('[Manage]****')).toHaveLength(1);
  });

  it('leaves sound emphasis alone', () => {
    expect(mtLeftovers('From the **File** menu, select **New** > **Project**.')).toEqual([]);
    expect(mtLeftovers('A *****rule***** and `a**b` and 2 * 3')).toEqual([]);
  });

  it('drops an emptied bold and moves spaces out of markers, and changes nothing else', () => {
    expect(fixMtLeftovers('選取 [建立]\\*\\*\\*\\*。')).toBe('選取 [建立]。');
    expect(fixMtLeftovers('選取 [新增]**[專案]** > \\*\\*\\*\\* 。')).toBe('選取 [新增]**[專案]** > 。');
    expect(fixMtLeftovers('按一下 ** ATTACHMENT **。')).toBe('按一下  **ATTACHMENT** 。');
    expect(fixMtLeftovers('Plain **bold** text.')).toBe('Plain **bold** text.');
  });

  it('names what the English emphasises', () => {
    expect(emphasised('From the **File** menu, select **New** > **Project**.')).toEqual(['File', 'New', 'Project']);
  });

  it('ends on any text of markers and spaces, and a fix is stable', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('*', '**', '\\*', '_', ' ', 'a', '字', '['), {maxLength: 80}), (parts) => {
        const text = parts.join('');
        const fixed = fixMtLeftovers(text);
        expect(fixMtLeftovers(fixed).length).toBeLessThanOrEqual(fixed.length);
        expect(mtLeftovers(text).every((l) => text.slice(l.index, l.index + l.text.length) === l.text)).toBe(true);
      }),
      {numRuns: 500},
    );
  });
});

import {describe, expect, it} from 'vitest';
import {effectivePivot, zoneCss} from '../zoneCss';

describe('zone pivots', () => {
  it('hides, for each chosen pivot, the zones of the others', () => {
    expect(zoneCss(['csharp', 'python'])).toBe(
      'html[data-zone-pivot="csharp"] .docfx-zone[data-pivot]:not([data-pivot~="csharp"]){display:none}' +
        'html[data-zone-pivot="python"] .docfx-zone[data-pivot]:not([data-pivot~="python"]){display:none}',
    );
  });

  it('keeps an earlier choice only where the page offers it', () => {
    expect([effectivePivot('python', ['csharp', 'python']), effectivePivot('java', ['csharp', 'python']), effectivePivot(null, ['csharp'])]).toEqual([
      'python',
      'csharp',
      'csharp',
    ]);
  });
});

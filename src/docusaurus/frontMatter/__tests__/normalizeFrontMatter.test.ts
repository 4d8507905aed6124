import {describe, expect, it} from 'vitest';
import {normalizeFrontMatter} from '../normalizeFrontMatter';

describe('normalizeFrontMatter', () => {
  it('splits DocFX keywords on Latin and CJK commas', () => {
    expect(normalizeFrontMatter({title: 'T', keywords: 'Windows Mixed Reality，設計，風格、字型, ui,  ux ,'})).toEqual({
      title: 'T',
      keywords: ['Windows Mixed Reality', '設計', '風格', '字型', 'ui', 'ux'],
    });
  });

  it('keeps lists and unknown keys as they are', () => {
    const data = {keywords: ['a', 'b'], 'ms.topic': 'article', 'no-loc': ['SignalR']};
    expect(normalizeFrontMatter(data)).toBe(data);
  });
});

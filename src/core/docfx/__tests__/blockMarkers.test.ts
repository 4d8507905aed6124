import {describe, expect, it} from 'vitest';
import {parseDivMarker, parseVideoMarker} from '../blockMarkers';

describe('DocFX block markers', () => {
  it.each([
    ['[!div class="nextstepaction"]\n[Next](x.md)', {className: 'nextstepaction', length: 30}],
    ["[!div class='checklist'] ", {className: 'checklist', length: 25}],
    ['[!DIV class="op_single_selector"]', {className: 'op_single_selector', length: 33}],
    ['[!div class="step-by-step"]', {className: 'step-by-step', length: 27}],
    ['[!div]', undefined],
  ])('reads the div marker of %j', (text, expected) => {
    expect(parseDivMarker(text)).toEqual(expected);
  });

  it.each([
    ['[!VIDEO https://www.youtube.com/embed/rKURT32faJk]', 'https://www.youtube.com/embed/rKURT32faJk'],
    ['[!Video https://channel9.msdn.com/Series/NuGet-101/player ]', 'https://channel9.msdn.com/Series/NuGet-101/player'],
    ['[!VIDEO http://example.com/v]', undefined],
    ['[!VIDEO javascript:alert(1)]', undefined],
    ['See [!VIDEO https://a/b] here', undefined],
  ])('reads the video marker %j', (text, url) => {
    expect(parseVideoMarker(text)).toBe(url);
  });
});

import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {fromInline, toInline} from '../inlineCodes';

describe('toInline', () => {
  it('makes a link a paired code around its text, with code inside it standalone', () => {
    expect(toInline('See [the `ws` package](https://www.npmjs.com/package/ws "ws") now.')).toEqual([
      'See ',
      {type: 'pc', start: '[', end: '](https://www.npmjs.com/package/ws "ws")', content: ['the ', {type: 'ph', data: '`ws`'}, ' package']},
      ' now.',
    ]);
  });

  it('makes inline code, xrefs, URLs, HTML tags and placeholders standalone codes', () => {
    expect(toInline('Call <xref:System.Net.WebSockets.WebSocket> or ``a`b`` at https://example.org/x. <br/>%1 {0}')).toEqual([
      'Call ',
      {type: 'ph', data: '<xref:System.Net.WebSockets.WebSocket>'},
      ' or ',
      {type: 'ph', data: '``a`b``'},
      ' at ',
      {type: 'ph', data: 'https://example.org/x'},
      '. ',
      {type: 'ph', data: '<br/>'},
      {type: 'ph', data: '%1'},
      ' ',
      {type: 'ph', data: '{0}'},
    ]);
  });

  it('keeps an image as a paired code around its alt text, and leaves plain text alone', () => {
    expect(toInline('![WebSocket 圖示](images/ws.png)')).toEqual([{type: 'pc', start: '![', end: '](images/ws.png)', content: ['WebSocket 圖示']}]);
    expect(toInline('純文字，沒有程式碼。')).toEqual(['純文字，沒有程式碼。']);
  });

  it('gives back the Markdown exactly, whatever it holds', () => {
    const markdownish = fc.stringMatching(/^[a-z [\]()`<>/:.%{}0-9!"\\-]{0,40}$/);
    fc.assert(
      fc.property(markdownish, (text) => fromInline(toInline(text)) === text),
      {numRuns: 5000},
    );
  });
});

import {describe, expect, it} from 'vitest';
import {isSafeHtml, isSafeUrl} from '../safeHtml';

describe('isSafeHtml', () => {
  it.each([
    ['<a name="prerequisites">', true],
    ['</a>', true],
    ['<br/>', true],
    ['<span data-ttu-id="k-1">', true],
    ['<span class="sxs-lookup">', true],
    ['<a href="https://learn.microsoft.com/">', true],
    ['<a href="/docs/websockets">', true],
    ['<!-- a note for translators -->', true],
    ['<script>', false],
    ['<img src=x onerror=alert(1)>', false],
    ['<span onclick="x()">', false],
    ['<a href="javascript:alert(1)">', false],
    ['<a href="java\tscript:alert(1)">', false],
    ['<a href="&#106;avascript:alert(1)">', false],
    ['</span class="x">', false],
    ['<!-- one --> <script> <!-- two -->', false],
    ['<span', false],
    // ASP.NET Core's tables: a style that only says how words break is kept; any other style is not.
    ['<span style="word-break:normal;word-wrap:normal">', true],
    ['<span style="background:url(https://x.test/a)">', false],
    ['<span style="word-break:normal;position:fixed">', false],
  ])('%s → %s', (html, safe) => {
    expect(isSafeHtml(html)).toBe(safe);
  });
});

describe('isSafeUrl', () => {
  it('allows relative URLs and the web, mail and xref schemes only', () => {
    const urls = [
      'page.md',
      '#anchor',
      '/docs/x',
      'https://a.example',
      'HTTP://a.example',
      'mailto:a@b.example',
      'xref:uid',
      'data:text/html,x',
      'vbscript:x',
      'javascript:x',
    ];
    expect(urls.filter(isSafeUrl)).toEqual(['page.md', '#anchor', '/docs/x', 'https://a.example', 'HTTP://a.example', 'mailto:a@b.example', 'xref:uid']);
  });

  it('sees through what browsers ignore or decode in a scheme', () => {
    expect(
      ['java\nscript:x', ' javascript:x', 'java\u0000script:x', 'javascript&colon;x', '&#x6A;avascript:x', '&#106avascript:x', 'java\u007fscript:x'].map(
        isSafeUrl,
      ),
    ).toEqual([false, false, false, false, false, false, false]);
  });
});

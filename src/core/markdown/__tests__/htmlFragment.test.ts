import {toHtml} from 'hast-util-to-html';
import {describe, expect, it} from 'vitest';
import {sanitizedHtmlFragment} from '../htmlFragment';

describe('sanitizedHtmlFragment', () => {
  it('keeps layout, classes and span pairs, and drops scripts, handlers, images and script URLs', () => {
    const html =
      '<ul class="columns"><li><a href="/azure/x" onclick="steal()"><article class="card"><img src="../a.png"><h3><span data-ttu-id="a-1">卡</span><span class="sxs-lookup"><span data-stu-id="a-1">Card</span></span></h3></article></a></li></ul><script>alert(1)</script><a href="javascript:alert(1)">x</a>';
    expect(toHtml(sanitizedHtmlFragment(html))).toBe(
      '<ul class="columns"><li><a href="/azure/x"><article class="card"><h3><span data-ttu-id="a-1">卡</span><span class="sxs-lookup"><span data-stu-id="a-1">Card</span></span></h3></article></a></li></ul><a>x</a>',
    );
  });
});

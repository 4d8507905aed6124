import {describe, expect, it} from 'vitest';
import {gotoHydrated, openSitePage} from './siteHarness';

const env = openSitePage();

/** WCAG contrast of two CSS colours (`rgb(…)`/`rgba(…)`, opaque). */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r = 0, g = 0, bl = 0] = (css.match(/[\d.]+/g) ?? []).map(Number);
    const linear = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(bl);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe.each(['light', 'dark'])('the English of a sentence in %s mode', (theme) => {
  it('marks the sentence under the pointer with a bar of at least 3:1, and the popup has a visible edge', async () => {
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/websockets`);
    await env.page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    const segment = env.page.locator('.theme-doc-markdown p .bi-seg').first();
    await segment.hover();
    const styles = await segment.evaluate((n) => {
      // What is painted behind the sentence: the first ancestor with a background of its own.
      let page = 'rgb(255, 255, 255)';
      for (let e: Element | null = n.parentElement; e; e = e.parentElement) {
        const color = getComputedStyle(e).backgroundColor;
        if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') {
          page = color;
          break;
        }
      }
      const shadow = getComputedStyle(n).boxShadow;
      const popup = getComputedStyle(n.querySelector(':scope > .bi-s')!);
      return {
        page,
        bar: /rgba?\([^)]*\)/.exec(shadow)?.[0] ?? '',
        popupBackground: popup.backgroundColor,
        popupBorder: popup.borderTopColor,
        popupBorderWidth: popup.borderTopWidth,
      };
    });
    expect(styles.bar).toMatch(/^rgb/);
    expect(contrast(styles.bar, styles.page)).toBeGreaterThanOrEqual(3);
    // The popup's edge: its background against the page, or its border where the two are alike.
    const edge = Math.max(contrast(styles.popupBackground, styles.page), styles.popupBorderWidth === '0px' ? 0 : contrast(styles.popupBorder, styles.page));
    expect(edge).toBeGreaterThanOrEqual(3);
  });
});

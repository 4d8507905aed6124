import {describe, expect, it} from 'vitest';
import {typeStyles} from '../src/docusaurus/prism/themeCss';
import {DARK_CODE_THEME, LIGHT_CODE_THEME} from '../src/docusaurus/prism/themes';
import {gotoHydrated, openSitePage} from './siteHarness';

const env = openSitePage();
const PAGE = '/zh-TW/docs/websockets';

/** The props React holds for each code block's <pre> and <code>, beside the DOM's own attributes. */
function reactViewOfBlocks(): Array<{dom: string; react: string}> {
  return [...document.querySelectorAll('pre.prism-code, pre.prism-code > code')].map((element) => {
    const key = Object.keys(element).find((k) => k.startsWith('__reactProps$'))!;
    const props = (element as unknown as Record<string, {className?: string}>)[key];
    return {dom: element.className, react: props?.className ?? ''};
  });
}

describe('code blocks', () => {
  it('keep the server’s highlighted markup through hydration, as React sees it', async () => {
    const served = await (await fetch(`${env.url}${PAGE}`)).text();
    await gotoHydrated(env.page, `${env.url}${PAGE}`);
    const {live, fromServer} = await env.page.evaluate((html) => {
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      const code = (doc: Document) => [...doc.querySelectorAll('pre.prism-code > code')].map((c) => c.innerHTML);
      return {live: code(document), fromServer: code(parsed)};
    }, served);
    expect(live.length).toBeGreaterThanOrEqual(4);
    expect(live).toEqual(fromServer);
    expect(live.every((html) => html.includes('<span class="token '))).toBe(true);
    const view = await env.page.evaluate(reactViewOfBlocks);
    expect(view.length).toBe(live.length * 2);
    for (const {dom, react} of view) expect(react).toBe(dom);
  });

  it('colour tokens from the theme style sheet in light and dark mode, with no inline colours', async () => {
    await gotoHydrated(env.page, `${env.url}${PAGE}`);
    const colours = async () =>
      env.page.evaluate(() => {
        const keyword = document.querySelector('pre.prism-code [class="token keyword"]')!;
        return {keyword: getComputedStyle(keyword).color, inline: document.querySelectorAll('pre.prism-code [style*="color"]').length};
      });
    const expected = async (colour: unknown) =>
      env.page.evaluate((c) => {
        const probe = document.body.appendChild(document.createElement('span'));
        probe.style.color = String(c);
        const rgb = getComputedStyle(probe).color;
        probe.remove();
        return rgb;
      }, colour);
    const light = await colours();
    expect(light.inline).toBe(0);
    expect(light.keyword).toBe(await expected(typeStyles(LIGHT_CODE_THEME).get('keyword')!.color));
    await env.page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    expect((await colours()).keyword).toBe(await expected(typeStyles(DARK_CODE_THEME).get('keyword')!.color));
  });

  it('wrap long lines with the word-wrap button, whose block hydrated with its ref', async () => {
    await env.page.setViewportSize({width: 360, height: 800});
    try {
      await gotoHydrated(env.page, `${env.url}/docs/websockets`);
      const block = env.page.locator('.theme-code-block', {hasText: 'AcceptWebSocketAsync'}).first();
      await block.hover();
      // The button shows only once the block's effect has measured the <pre> it holds a ref to.
      await block.getByRole('button', {name: 'Toggle word wrap'}).click();
      await expect.poll(() => block.locator('code').getAttribute('style')).toContain('pre-wrap');
    } finally {
      await env.page.setViewportSize({width: 1280, height: 900});
    }
  });

  it('highlight a block first rendered in the browser, after client-side navigation', async () => {
    const chunks: string[] = [];
    env.page.on('request', (request) => chunks.push(request.url()));
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/deployment`);
    const before = chunks.length;
    await env.page.locator(`nav a[href="${PAGE}"]`).first().click();
    await env.page.waitForURL(`**${PAGE}`);
    await env.page.locator('pre.prism-code .token.keyword').first().waitFor();
    expect(await env.page.locator('pre.prism-code > code').count()).toBeGreaterThanOrEqual(4);
    // The highlighter arrived as its own chunk only now.
    expect(chunks.slice(before).some((url) => url.endsWith('.js'))).toBe(true);
  });
});

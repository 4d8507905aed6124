import {describe, expect, it} from 'vitest';
import {gotoHydrated, openSitePage} from './siteHarness';

const env = openSitePage();

/** The ranges of the moniker zones the reader sees, once the page has settled on them. */
async function visibleSamples(): Promise<string[]> {
  const read = () =>
    env.page.$$eval('.theme-doc-markdown .moniker-zone', (zones) =>
      zones.filter((z) => getComputedStyle(z).display !== 'none').map((z) => z.getAttribute('data-moniker-range') ?? ''),
    );
  // Hydration may re-render the picker once; wait until one version's zones are shown.
  await env.page
    .waitForFunction(
      () => {
        const shown = [...document.querySelectorAll('.theme-doc-markdown .moniker-zone')].filter((z) => getComputedStyle(z).display !== 'none');
        return new Set(shown.map((z) => z.getAttribute('data-moniker-range'))).size === 1;
      },
      undefined,
      {timeout: 3000},
    )
    .catch(() => undefined);
  return read();
}

describe('version monikers (pt-BR WebSockets page)', () => {
  it('shows the newest version by default', async () => {
    await gotoHydrated(env.page, `${env.url}/pt-BR/docs/websockets`);
    expect(await env.page.$eval('[data-moniker-picker]', (n) => (n as HTMLSelectElement).value)).toBe('aspnetcore-2.2');
    expect(new Set(await visibleSamples())).toEqual(new Set(['>= aspnetcore-2.0']));
  });

  it('switches content with the picker, puts the choice in the URL and remembers it', async () => {
    await env.page.selectOption('[data-moniker-picker]', 'aspnetcore-1.1');
    expect(new Set(await visibleSamples())).toEqual(new Set(['< aspnetcore-2.0']));
    expect(new URL(env.page.url()).searchParams.get('view')).toBe('aspnetcore-1.1');
    await gotoHydrated(env.page, `${env.url}/pt-BR/docs/websockets`);
    expect(new Set(await visibleSamples())).toEqual(new Set(['< aspnetcore-2.0']));
    await gotoHydrated(env.page, `${env.url}/pt-BR/docs/websockets?view=aspnetcore-2.1`);
    expect(new Set(await visibleSamples())).toEqual(new Set(['>= aspnetcore-2.0']));
  });
});

describe('the version picker of a real set on a phone (ja-JP, 390 px)', () => {
  it('keeps its label on one line beside a dozen long version names, and the page never scrolls sideways', async () => {
    await env.page.setViewportSize({width: 390, height: 800});
    try {
      await gotoHydrated(env.page, `${env.url}/ja-JP/docs/websockets`);
      // Real sets carry many versions with long names (SQL Server's ranges): the picker is given a dozen.
      await env.page.$eval('[data-moniker-picker]', (select) => {
        for (let i = 0; i < 12; i++) select.append(new Option(`SQL Server 2017 on Linux and Azure SQL Managed Instance ${i}`, `v${i}`));
        (select as HTMLSelectElement).value = 'v11';
      });
      const layout = await env.page.$eval('[data-moniker-picker]', (select) => {
        const label = select.parentElement?.querySelector('label');
        const style = label ? getComputedStyle(label) : undefined;
        return {
          labelHeight: label?.getBoundingClientRect().height ?? 0,
          lineHeight: style ? parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.7 : 0,
          selectRight: select.getBoundingClientRect().right,
          scrollWidth: document.documentElement.scrollWidth,
        };
      });
      expect(layout.labelHeight).toBeLessThan(layout.lineHeight * 1.5);
      expect(layout.selectRight).toBeLessThanOrEqual(390);
      expect(layout.scrollWidth).toBeLessThanOrEqual(390);
    } finally {
      await env.page.setViewportSize({width: 1280, height: 900});
    }
  });
});

describe('screenshots and anchors', () => {
  it('shows real images of our demo in the page language', async () => {
    await gotoHydrated(env.page, `${env.url}/ja-JP/docs/websockets`);
    const sizes = await env.page.$$eval('.theme-doc-markdown img', (imgs) =>
      Promise.all(
        imgs.map(async (i) => {
          const img = i as HTMLImageElement;
          img.loading = 'eager'; // the theme lazy-loads images below the fold
          await img.decode();
          return [img.naturalWidth, img.getAttribute('src')];
        }),
      ),
    );
    expect(sizes).toHaveLength(2);
    for (const [width] of sizes) expect(width).toBeGreaterThan(300);
  });

  it('keeps <a name> anchors working as link targets', async () => {
    await gotoHydrated(env.page, `${env.url}/zh-TW/docs/websockets#iisiis-express-support`);
    expect(await env.page.$eval('#iisiis-express-support', (n) => n.tagName)).toBe('H2');
  });
});

import {describe, expect, it} from 'vitest';
import {axeViolations} from './axe';
import {activateDemo, gotoHydrated, openSitePage} from './siteHarness';

const env = openSitePage();

const VIEWPORTS = {desktop: {width: 1280, height: 900}, phone: {width: 390, height: 844}};

describe.each(['light', 'dark'] as const)('axe in %s mode', (scheme) => {
  for (const [device, size] of Object.entries(VIEWPORTS)) {
    it(`finds nothing on the zh-TW WebSockets page on a ${device}, in every reading mode, with the demo showing an error`, async () => {
      await env.page.setViewportSize(size);
      await env.page.emulateMedia({colorScheme: scheme});
      await gotoHydrated(env.page, `${env.url}/zh-TW/docs/websockets`);
      await activateDemo(env.page);
      await env.page.click('[data-demo=echo] button.button--primary');
      await env.page.waitForSelector('[data-demo=echo] [data-status=open]');
      await env.page.fill('[data-demo=echo] [data-field=close-code]', '1');
      await env.page.press('[data-demo=echo] [data-field=close-code]', 'Enter');
      await env.page.waitForSelector('[data-demo=echo] [role=alert]');
      for (const mode of ['translation', 'side', 'english']) {
        await env.page.evaluate((m) => document.documentElement.setAttribute('data-reading-mode', m), mode);
        expect({mode, violations: await axeViolations(env.page)}).toEqual({mode, violations: []});
      }
      await env.page.emulateMedia({colorScheme: null});
      await env.page.setViewportSize(VIEWPORTS.desktop);
    });
  }
});

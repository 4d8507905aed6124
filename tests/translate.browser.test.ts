import {spawn, type ChildProcess} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import {launchChromium} from '../scripts/browser/chromium';
import {EDIT_API} from '../src/core/translate/editApi';
import {axeViolations} from './axe';
import {copySite} from './corpus/corpusSite';
import {ensureSiteBuilt, gotoHydrated} from './siteHarness';
import {createSiteServer} from '../src/server/createSiteServer';

const ZH = 'i18n/zh-TW/docusaurus-plugin-content-docs/current/websockets.md';
const site = mkdtempSync(join(tmpdir(), 'translate-site-'));
let child: ChildProcess | undefined;
let url = '';
let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;

beforeAll(async () => {
  copySite(site);
  const port = 31_000 + Math.floor(Math.random() * 9_000);
  // As a translator runs it, in a copy of the site (it writes there): one line says where.
  child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '../scripts/translate.ts'), '--locale', 'zh-TW', '--port', String(port)], {
    cwd: site,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST'))),
  });
  let output = '';
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  await vi.waitUntil(() => /Translate zh-TW in place at (\S+)/.test(output), {timeout: 60_000, interval: 100});
  url = /Translate zh-TW in place at (http:\/\/[^/\s]+)/.exec(output)?.[1] ?? '';
  // The dev server's first compilation.
  await vi.waitUntil(async () => (await fetch(`${url}/zh-TW/docs/websockets`).catch(() => null))?.ok, {timeout: 240_000, interval: 1000});
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
});

/** A plain translated sentence of the page (no markup), its text once in the file. */
function plainSentence(text: string, skip = 0): {id: string; translation: string} {
  const pairs = [...text.matchAll(/<span data-ttu-id="([^"]+)">([^<>`*[\]\\&]{6,}?)<\/span>/g)].filter((m) => text.split(m[2] ?? '').length === 2);
  const match = pairs[skip];
  return {id: match?.[1] ?? '', translation: match?.[2] ?? ''};
}

describe('npm run translate (zh-TW)', () => {
  it('edits a sentence with the mouse: Save writes exactly its bytes, the page shows it at once, the next sentence opens', async () => {
    const page = await browser!.context.newPage();
    await gotoHydrated(page, `${url}/zh-TW/docs/websockets`);
    await page.waitForSelector('[data-translate-bar]');
    const before = readFileSync(join(site, ZH), 'utf8');
    const {id, translation} = plainSentence(before);
    await page.click(`.theme-doc-markdown .bi-seg[data-seg="${id}"]`);
    await page.waitForSelector(`[data-translate-editor="${id}"] textarea`);
    expect(await page.inputValue(`[data-translate-editor="${id}"] textarea`)).toBe(translation);
    await page.fill(`[data-translate-editor="${id}"] textarea`, `${translation}（已修訂）`);
    const started = Date.now();
    await page.click(`[data-translate-editor="${id}"] button.button--primary`);
    await page.waitForFunction((seg) => document.querySelector(`.bi-seg[data-seg="${seg}"] .bi-t`)?.textContent?.endsWith('（已修訂）'), id);
    const visibleMs = Date.now() - started;
    expect(readFileSync(join(site, ZH), 'utf8')).toBe(before.replace(`>${translation}<`, `>${translation}（已修訂）<`));
    // The editor moved on (to a sentence that needs work, or closed when none is left).
    expect(await page.$(`[data-translate-editor="${id}"]`)).toBeNull();
    expect(visibleMs).toBeGreaterThan(0);
    await page.close();
  });

  it('by keyboard only: E opens, a <script> is refused before saving, Esc closes; Ctrl+Enter saves', async () => {
    const page = await browser!.context.newPage();
    await gotoHydrated(page, `${url}/zh-TW/docs/websockets`);
    await page.waitForSelector('[data-translate-bar]');
    const before = readFileSync(join(site, ZH), 'utf8');
    const {id, translation} = plainSentence(before, 1);
    await page.focus(`.theme-doc-markdown .bi-seg[data-seg="${id}"]`);
    await page.keyboard.press('e');
    const editor = `[data-translate-editor="${id}"]`;
    await page.waitForSelector(`${editor} textarea:focus`);
    await page.keyboard.press('End');
    await page.keyboard.type('<script>alert(1)</script>');
    await page.waitForSelector(`${editor} [data-code=L10N_MARKUP]`);
    expect(await page.$eval(`${editor} button.button--primary`, (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForSelector(editor, {state: 'detached'});
    expect(readFileSync(join(site, ZH), 'utf8')).toBe(before);
    await page.keyboard.press('e');
    await page.waitForSelector(`${editor} textarea:focus`);
    await page.keyboard.press('End');
    await page.keyboard.type('！');
    await page.keyboard.press('Control+Enter');
    await vi.waitUntil(() => readFileSync(join(site, ZH), 'utf8') !== before, {timeout: 10_000});
    expect(readFileSync(join(site, ZH), 'utf8')).toBe(before.replace(`>${translation}<`, `>${translation}！<`));
    await page.close();
  });

  it('is a sheet from below on a phone', async () => {
    const page = await browser!.context.newPage();
    await page.setViewportSize({width: 390, height: 844});
    await gotoHydrated(page, `${url}/zh-TW/docs/websockets`);
    await page.waitForSelector('[data-translate-bar]');
    const {id} = plainSentence(readFileSync(join(site, ZH), 'utf8'), 2);
    await page.click(`.theme-doc-markdown .bi-seg[data-seg="${id}"]`);
    const box = await (await page.waitForSelector(`[data-translate-editor="${id}"]`)).boundingBox();
    expect([box?.x, box?.width, Math.round((box?.y ?? 0) + (box?.height ?? 0))]).toEqual([0, 390, 844]);
    await page.close();
  });
});

describe('outside edit mode', () => {
  it('has no editor code in the build, and the edit API is not there', async () => {
    ensureSiteBuilt();
    const js = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? js(path) : name.endsWith('.js') ? [path] : [];
      });
    const files = js(join(__dirname, '../build/assets/js'));
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((f) => readFileSync(f, 'utf8').includes(EDIT_API))).toEqual([]);
    const server = await createSiteServer({host: '127.0.0.1', port: 0, log: () => undefined});
    try {
      expect((await fetch(`${server.url}${EDIT_API}/session`)).status).toBe(404);
      // The production server takes no writes at all: 405 for any POST.
      expect((await fetch(`${server.url}${EDIT_API}/save`, {method: 'POST', body: '{}'})).status).toBe(405);
    } finally {
      await server.close();
    }
  });
});

import {spawn, type ChildProcess} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import {launchChromium} from '../scripts/browser/chromium';
import {freePort} from '../scripts/freePort';
import {EDIT_API} from '../src/core/translate/editApi';
import {axeViolations} from './axe';
import {copySite} from './corpus/corpusSite';
import {ensureSiteBuilt, gotoHydrated} from './siteHarness';
import {createSiteServer} from '../src/server/createSiteServer';

const ZH = 'i18n/zh-TW/docusaurus-plugin-content-docs/current/websockets.md';
const localized = (locale: string, page: string) => `i18n/${locale}/docusaurus-plugin-content-docs/current/${page}`;
let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * `npm run translate -- --locale <locale>` as a translator runs it, in a copy of the site (it
 * writes there), until its dev server has compiled; stopped after the describe block.
 */
function translateSession(locale: string): {readonly site: string; readonly url: string} {
  const site = mkdtempSync(join(tmpdir(), 'translate-site-'));
  let child: ChildProcess | undefined;
  let url = '';
  beforeAll(async () => {
    copySite(site);
    // A port nothing listens on: a random one can be another program's (the dev server's, say).
    const port = await freePort();
    child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '../scripts/translate.ts'), '--locale', locale, '--port', String(port)], {
      cwd: site,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST'))),
    });
    let output = '';
    child.stdout!.on('data', (c) => (output += c));
    child.stderr!.on('data', (c) => (output += c));
    const line = new RegExp(`Translate ${locale} in place at (http://[^/\\s]+)`);
    await vi
      .waitUntil(() => line.test(output), {timeout: 60_000, interval: 100})
      .catch(() => {
        throw new Error(`npm run translate did not start:\n${output}`);
      });
    url = line.exec(output)?.[1] ?? '';
    // The dev server's first compilation.
    await vi.waitUntil(async () => (await fetch(`${url}/${locale}/docs/websockets`).catch(() => null))?.ok, {timeout: 240_000, interval: 1000});
  }, 300_000);
  afterAll(() => {
    // npm, tsx, docusaurus and the dev server form one process group: end them all.
    if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  });
  return {
    site,
    get url() {
      return url;
    },
  };
}

/** A plain translated sentence of the page (no markup), its text once in the file. */
function plainSentence(text: string, skip = 0): {id: string; translation: string} {
  const pairs = [...text.matchAll(/<span data-ttu-id="([^"]+)">([^<>`*[\]\\&]{6,}?)<\/span>/g)].filter((m) => text.split(m[2] ?? '').length === 2);
  const match = pairs[skip];
  return {id: match?.[1] ?? '', translation: match?.[2] ?? ''};
}

describe('npm run translate (zh-TW)', () => {
  const session = translateSession('zh-TW');
  it('edits a sentence with the mouse: Save writes exactly its bytes, the page shows it at once, the next sentence opens', async () => {
    const page = await browser!.context.newPage();
    await gotoHydrated(page, `${session.url}/zh-TW/docs/websockets`);
    await page.waitForSelector('[data-translate-bar]');
    const before = readFileSync(join(session.site, ZH), 'utf8');
    const {id, translation} = plainSentence(before);
    await page.click(`.theme-doc-markdown .bi-seg[data-seg="${id}"]`);
    await page.waitForSelector(`[data-translate-editor="${id}"] [data-translate-field]`);
    expect(await page.textContent(`[data-translate-editor="${id}"] [data-translate-field]`)).toBe(translation);
    await page.fill(`[data-translate-editor="${id}"] [data-translate-field]`, `${translation}（已修訂）`);
    const started = Date.now();
    await page.click(`[data-translate-editor="${id}"] button.button--primary`);
    await page.waitForFunction((seg) => document.querySelector(`.bi-seg[data-seg="${seg}"] .bi-t`)?.textContent?.endsWith('（已修訂）'), id);
    const visibleMs = Date.now() - started;
    expect(readFileSync(join(session.site, ZH), 'utf8')).toBe(before.replace(`>${translation}<`, `>${translation}（已修訂）<`));
    // The editor moved on (to a sentence that needs work, or closed when none is left).
    expect(await page.$(`[data-translate-editor="${id}"]`)).toBeNull();
    expect(visibleMs).toBeGreaterThan(0);
    await page.close();
  });

  it('by keyboard only: E opens, a <script> is refused before saving, Esc closes; Ctrl+Enter saves', async () => {
    const page = await browser!.context.newPage();
    await gotoHydrated(page, `${session.url}/zh-TW/docs/websockets`);
    await page.waitForSelector('[data-translate-bar]');
    const before = readFileSync(join(session.site, ZH), 'utf8');
    const {id, translation} = plainSentence(before, 1);
    await page.focus(`.theme-doc-markdown .bi-seg[data-seg="${id}"]`);
    await page.keyboard.press('e');
    const editor = `[data-translate-editor="${id}"]`;
    await page.waitForSelector(`${editor} [data-translate-field]:focus`);
    await page.keyboard.press('End');
    await page.keyboard.type('<script>alert(1)</script>');
    await page.waitForSelector(`${editor} [data-code=L10N_MARKUP]`);
    expect(await page.$eval(`${editor} button.button--primary`, (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    // In the reader's language.
    expect(await page.textContent(`${editor} button.button--primary`)).toBe('儲存 (Ctrl+Enter)');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForSelector(editor, {state: 'detached'});
    expect(readFileSync(join(session.site, ZH), 'utf8')).toBe(before);
    await page.keyboard.press('e');
    await page.waitForSelector(`${editor} [data-translate-field]:focus`);
    await page.keyboard.press('End');
    await page.keyboard.type('！');
    await page.keyboard.press('Control+Enter');
    await vi.waitUntil(() => readFileSync(join(session.site, ZH), 'utf8') !== before, {timeout: 10_000});
    expect(readFileSync(join(session.site, ZH), 'utf8')).toBe(before.replace(`>${translation}<`, `>${translation}！<`));
    await page.close();
  });

  it('saves one sentence again and again while the dev server reloads the page after each: every save lands, none conflicts with the last', async () => {
    const page = await browser!.context.newPage();
    await gotoHydrated(page, `${session.url}/zh-TW/docs/websockets`);
    await page.waitForSelector('[data-translate-bar]');
    const {id, translation} = plainSentence(readFileSync(join(session.site, ZH), 'utf8'), 2);
    const editor = `[data-translate-editor="${id}"]`;
    const outcomes: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.click(`.theme-doc-markdown .bi-seg[data-seg="${id}"]`);
      await page.waitForSelector(`${editor} [data-translate-field]`);
      const next = `${translation}${'甲乙丙丁'.slice(0, (i % 4) + 1)}`;
      await page.fill(`${editor} [data-translate-field]`, next);
      await page.keyboard.press('Control+Enter');
      // Saved (the page shows it), or the editor stays with its outcome.
      const outcome = await page.waitForFunction(
        ({seg, text, panel}) =>
          document.querySelector(`${panel} [data-outcome]`)?.getAttribute('data-outcome') ||
          (document.querySelector(`.bi-seg[data-seg="${seg}"] .bi-t`)?.textContent === text && 'shown'),
        {seg: id, text: next, panel: editor},
      );
      outcomes.push(String(await outcome.jsonValue()));
      await page.keyboard.press('Escape');
      // Reloads after a save land at any time: the next save starts at a different point of one.
      await page.waitForTimeout((i * 337) % 1500);
    }
    expect(outcomes.filter((o) => o !== 'shown' && o !== 'saved')).toEqual([]);
    await vi.waitUntil(() => readFileSync(join(session.site, ZH), 'utf8').includes(`>${translation}甲乙丙丁<`), {timeout: 10_000});
    await page.close();
  });

  it('shows both versions when the file changed on disk meanwhile, and takes theirs on request', async () => {
    const page = await browser!.context.newPage();
    await gotoHydrated(page, `${session.url}/zh-TW/docs/websockets`);
    await page.waitForSelector('[data-translate-bar]');
    const file = join(session.site, ZH);
    const {id, translation} = plainSentence(readFileSync(file, 'utf8'), 3);
    await page.click(`.theme-doc-markdown .bi-seg[data-seg="${id}"]`);
    const editor = `[data-translate-editor="${id}"]`;
    await page.waitForSelector(`${editor} [data-translate-field]`);
    // Another translator's change lands on disk while this one types.
    const theirs = readFileSync(file, 'utf8').replace(`>${translation}<`, `>${translation}（他人）<`);
    writeFileSync(file, theirs);
    await page.fill(`${editor} [data-translate-field]`, `${translation}（我的）`);
    await page.click(`${editor} button.button--primary`);
    await page.waitForSelector(`${editor} [data-outcome=conflict]`);
    expect(await page.textContent(`${editor} [data-translate-status]`)).toContain(`${translation}（他人）`);
    expect(readFileSync(file, 'utf8')).toBe(theirs);
    await page.click(`${editor} [data-translate-status] button.button--secondary`);
    expect(await page.textContent(`[data-translate-editor="${id}"] [data-translate-field]`)).toBe(`${translation}（他人）`);
    await page.close();
  });

  it('shows inline code as a token: it cannot be mistyped, F9 puts back a missing one, and it moves whole by drag and drop', async () => {
    const page = await browser!.context.newPage();
    await gotoHydrated(page, `${session.url}/zh-TW/docs/websockets`);
    await page.waitForSelector('[data-translate-bar]');
    const before = readFileSync(join(session.site, ZH), 'utf8');
    const [, id = '', translation = '', code = ''] = /<span data-ttu-id="([^"]+)">((`[A-Za-z]+`)[^<>`*[\]]+)<\/span>/.exec(before) ?? [];
    const editor = `[data-translate-editor="${id}"]`;
    await page.click(`.theme-doc-markdown .bi-seg[data-seg="${id}"]`);
    const chip = `${editor} [data-translate-field] .tr-token`;
    expect(await page.$eval(chip, (c) => [c.getAttribute('contenteditable'), c.textContent, (c as HTMLElement).dataset.source])).toEqual([
      'false',
      code.slice(1, -1),
      code,
    ]);
    expect(await page.textContent(`${editor} [data-insert-token]`)).toBe(code.slice(1, -1));
    // The glossary's terms of its English ("… keep the connection open"), with what they must become.
    expect(await page.textContent(`${editor} [data-term=connection]`)).toBe('connection → 連線');
    // The translation without its code: the check says so and Save waits.
    const prose = translation.replace(code, '').trim();
    await page.fill(`${editor} [data-translate-field]`, prose);
    await page.waitForSelector(`${editor} [data-code=L10N_CODE]`);
    expect(await page.$eval(`${editor} button.button--primary`, (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    await page.keyboard.press('F9');
    await page.waitForSelector(`${editor} [data-code=L10N_CODE]`, {state: 'detached'});
    // Dragged to the start of the sentence, it lands there whole.
    await page.dragAndDrop(chip, `${editor} [data-translate-field]`, {targetPosition: {x: 2, y: 10}});
    await page.waitForFunction(({sel, label}) => document.querySelector(sel)?.textContent?.startsWith(label), {
      sel: `${editor} [data-translate-field]`,
      label: code.slice(1, -1),
    });
    await page.keyboard.press('Control+Enter');
    await vi.waitUntil(() => readFileSync(join(session.site, ZH), 'utf8') !== before, {timeout: 10_000});
    expect(readFileSync(join(session.site, ZH), 'utf8')).toBe(before.replace(`>${translation}<`, `>${code}${prose}<`));
    await page.close();
  });

  it('is axe clean with the editor and its tokens open in dark mode', async () => {
    const page = await browser!.context.newPage();
    await page.emulateMedia({colorScheme: 'dark'});
    await gotoHydrated(page, `${session.url}/zh-TW/docs/websockets`);
    await page.waitForSelector('[data-translate-bar]');
    const [, id = ''] = /<span data-ttu-id="([^"]+)">[^<]*`[^<]*<\/span>/.exec(readFileSync(join(session.site, ZH), 'utf8')) ?? [];
    await page.click(`.theme-doc-markdown .bi-seg[data-seg="${id}"]`);
    await page.waitForSelector(`[data-translate-editor="${id}"] [data-translate-field] .tr-token`);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('is a sheet from below on a phone', async () => {
    const page = await browser!.context.newPage();
    await page.setViewportSize({width: 390, height: 844});
    await gotoHydrated(page, `${session.url}/zh-TW/docs/websockets`);
    await page.waitForSelector('[data-translate-bar]');
    const {id} = plainSentence(readFileSync(join(session.site, ZH), 'utf8'), 2);
    await page.click(`.theme-doc-markdown .bi-seg[data-seg="${id}"]`);
    const box = await (await page.waitForSelector(`[data-translate-editor="${id}"]`)).boundingBox();
    expect([box?.x, box?.width, Math.round((box?.y ?? 0) + (box?.height ?? 0))]).toEqual([0, 390, 844]);
    await page.close();
  });
});

describe('npm run translate (pt-BR)', () => {
  const session = translateSession('pt-BR');

  // Approving first: a save that creates a page makes the dev server reload every open page, which
  // could land in the middle of the next test.
  it('approves a translation without changing its text: only its state attribute', async () => {
    const page = await browser!.context.newPage();
    await gotoHydrated(page, `${session.url}/pt-BR/docs/websockets`);
    await page.waitForSelector('[data-translate-bar]');
    const file = join(session.site, localized('pt-BR', 'websockets.md'));
    const before = readFileSync(file, 'utf8');
    const {id} = plainSentence(before);
    await page.click(`.theme-doc-markdown .bi-seg[data-seg="${id}"]`);
    await page.click(`[data-translate-editor="${id}"] [data-translate-approve]`);
    await vi.waitUntil(() => readFileSync(file, 'utf8') !== before, {timeout: 10_000});
    expect(readFileSync(file, 'utf8')).toBe(before.replace(`<span data-ttu-id="${id}">`, `<span data-ttu-id="${id}" data-l10n-state="reviewed">`));
    await page.close();
  });

  it('opens the editor from the status page at the first sentence that needs work; a save creates the page the locale lacked', async () => {
    const page = await browser!.context.newPage();
    await gotoHydrated(page, `${session.url}/pt-BR/translation-status`);
    const file = join(session.site, localized('pt-BR', '3427-websocketcloseoutputsent.md'));
    expect(existsSync(file)).toBe(false);
    await page.click('[data-status-locale=pt-BR] [data-status-page="3427-websocketcloseoutputsent.md"] [data-status-edit]');
    const editor = await page.waitForSelector('[data-translate-editor] [data-translate-field]:focus');
    await editor.fill('Evento 3427: WebSocketCloseOutputSent');
    await page.keyboard.press('Control+Enter');
    await vi.waitUntil(() => existsSync(file), {timeout: 10_000});
    expect(readFileSync(file, 'utf8')).toContain('Evento 3427: WebSocketCloseOutputSent');
    await page.close();
  });
});

describe('npm run translate (ja-JP)', () => {
  const session = translateSession('ja-JP');

  it('shows a stale sentence with what changed in its English, and inserts a memory suggestion with Alt+1', async () => {
    const page = await browser!.context.newPage();
    await gotoHydrated(page, `${session.url}/ja-JP/docs/websockets`);
    await page.waitForSelector('[data-translate-bar]');
    const {sentences} = (await page.evaluate(`fetch('${EDIT_API}/page?route=/ja-JP/docs/websockets').then((r) => r.json())`)) as {
      sentences: Array<{id: string; pageId?: string; english: string; state: string; previousEnglish?: string}>;
    };
    // Its pair on the page is the one of its old English (sync gives it a new id).
    const stale = sentences.find((s) => s.state === 'needs-review' && s.pageId !== undefined);
    expect(stale).toBeDefined();
    await page.click(`.theme-doc-markdown .bi-seg[data-seg="${stale!.pageId}"]`);
    await page.waitForSelector(`[data-translate-editor="${stale!.id}"] .tr-diff :is(ins, del)`, {timeout: 10_000});
    await page.keyboard.press('Escape');
    // The memory holds a translation of English like a new sentence's (the same English would be
    // restored by sync, not suggested): it is offered, and taken with one key.
    // One with no code, link or placeholder, which a translation must keep.
    const fresh = sentences.find((s) => s.state === 'new' && !s.id.startsWith('front-matter:') && /^[^`[\]<>{}%*]+$/.test(s.english))!;
    const like = `${fresh.english} Also.`;
    writeFileSync(join(session.site, 'i18n/ja-JP/l10n-memory.json'), JSON.stringify([{source: like, target: 'メモリからの訳', page: 'x.md', id: 'm-1'}]));
    await gotoHydrated(page, `${session.url}/ja-JP/docs/websockets?edit=${fresh.id}`);
    await page.waitForSelector(`[data-translate-editor="${fresh.id}"] [data-suggestion="1"]`, {timeout: 10_000});
    await page.keyboard.press('Alt+1');
    expect(await page.textContent(`[data-translate-editor="${fresh.id}"] [data-translate-field]`)).toBe('メモリからの訳');
    await page.keyboard.press('Control+Enter');
    const file = join(session.site, localized('ja-JP', 'websockets.md'));
    await vi.waitUntil(() => readFileSync(file, 'utf8').includes(`<span data-ttu-id="${fresh.id}">メモリからの訳</span>`), {timeout: 10_000});
    await page.close();
  });
});

describe('outside edit mode', () => {
  // It may build the site first (a minute or more on a busy machine): the default 30 s is a hang guard this outgrows.
  it('has no editor code in the build, and the edit API is not there', {timeout: 600_000}, async () => {
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

import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {readLocalizedDoc} from '../../src/core/l10n/localizedDoc';
import {copySite} from '../../tests/corpus/corpusSite';
import {launchChromium} from '../browser/chromium';
import {DOCUSAURUS, SITE} from './docusaurus';
import {median} from './measure';
import {pageScriptWeight} from './pageWeight';
import {percentile} from './server';

const PAGE = 'i18n/zh-TW/docusaurus-plugin-content-docs/current/websockets.md';

/** `npm run translate` in `site` until its dev server answers; returns its address and how to stop it. */
async function startTranslate(site: string): Promise<{url: string; stop(): void}> {
  const port = 22_000 + Math.floor(Math.random() * 8_000);
  const child = spawn(process.execPath, ['--import', 'tsx', join(SITE, 'scripts/translate.ts'), '--locale', 'zh-TW', '--port', String(port)], {
    cwd: site,
    detached: true,
    stdio: 'ignore',
  });
  const url = `http://localhost:${port}`;
  const started = performance.now();
  while (!(await fetch(`${url}/zh-TW/docs/websockets`).catch(() => null))?.ok) {
    if (performance.now() - started > 10 * 60_000) throw new Error('npm run translate did not answer in 10 minutes');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {url, stop: () => child.pid && process.kill(-child.pid, 'SIGTERM')};
}

/**
 * `npm run bench -- --only translate`: save to visible in the page (from Ctrl+Enter to the new text
 * on screen), over `saves` saves, against a plain write of the same file in the same run
 * (alternating); and the JavaScript edit mode adds to a page (a zh-TW build with and without it).
 */
export async function benchTranslate(saves = 100): Promise<boolean> {
  const site = mkdtempSync(join(tmpdir(), 'bench-translate-'));
  try {
    copySite(site);
    const file = join(site, PAGE);
    const text = readFileSync(file, 'utf8');
    const segment = readLocalizedDoc(file, text).segments.find((s) => /^[^<>`*[\]\\&]{6,}$/.test(s.target) && text.split(s.target).length === 2);
    if (!segment) throw new Error(`no plain sentence to edit in ${PAGE}`);
    const translate = await startTranslate(site);
    const browser = await launchChromium();
    const visible: number[] = [];
    const writes: number[] = [];
    // What the page went through, shown if a save does not come through.
    const events: string[] = [];
    try {
      const page = await browser.context.newPage();
      page.on('console', (m) => events.push(`console.${m.type()}: ${m.text().slice(0, 300)}`));
      page.on('load', () => events.push('page loaded'));
      await page.goto(`${translate.url}/zh-TW/docs/websockets`);
      await page.waitForSelector('[data-translate-bar]');
      for (let i = 0; i < saves; i++) {
        events.push(`save ${i + 1}`);
        await page.click(`.theme-doc-markdown .bi-seg[data-seg="${segment.id}"]`);
        const editor = `[data-translate-editor="${segment.id}"] [data-translate-field]`;
        await page.waitForSelector(editor);
        // Two texts in turn, each different from the one on disk; no digits (a number the English lacks is a check error).
        const next = `${segment.target}${i % 2 ? '甲' : '乙'}`;
        await page.fill(editor, next);
        const start = performance.now();
        await page.keyboard.press('Control+Enter');
        await page.waitForFunction(`document.querySelector('.bi-seg[data-seg="${segment.id}"] .bi-t')?.textContent === ${JSON.stringify(next)}`, undefined, {
          polling: 'raf',
        });
        visible.push(performance.now() - start);
        // The baseline: the same file written as it is now, by a plain write.
        const current = readFileSync(file, 'utf8');
        const write = performance.now();
        writeFileSync(join(site, 'baseline-write.md'), current);
        writes.push(performance.now() - write);
        await page.keyboard.press('Escape');
      }
    } catch (error) {
      console.log(`  the translate bench stopped; the page's last events:\n    ${events.slice(-30).join('\n    ')}`);
      throw error;
    } finally {
      await browser.close();
      translate.stop();
    }
    const sorted = [...visible].sort((a, b) => a - b);
    console.log(
      `  save to visible over ${saves} saves: median ${median(visible).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms; a plain write of the file: median ${median(writes).toFixed(2)} ms`,
    );
    // What edit mode adds to a page's JavaScript: the same page built with and without it.
    const weights: Record<string, number> = {};
    for (const mode of ['reader', 'edit']) {
      const out = join(site, `build-${mode}`);
      const result = spawn(process.execPath, [DOCUSAURUS, 'build', '--locale', 'zh-TW', '--out-dir', out], {
        cwd: site,
        stdio: 'ignore',
        env: {...process.env, ...(mode === 'edit' ? {TRANSLATE_MODE: '1'} : {})},
      });
      const code = await new Promise<number | null>((resolve) => result.once('exit', resolve));
      if (code !== 0) throw new Error(`the ${mode} build failed (${code})`);
      weights[mode] = await pageScriptWeight(out, '/zh-TW/docs/websockets');
    }
    const added = ((weights.edit ?? 0) - (weights.reader ?? 0)) / 1024;
    console.log(
      `  JavaScript of /zh-TW/docs/websockets: ${((weights.reader ?? 0) / 1024).toFixed(1)} KB gzip, in edit mode ${((weights.edit ?? 0) / 1024).toFixed(1)} KB: +${added.toFixed(1)} KB (target ≤ 40 KB)`,
    );
    return median(visible) < 300 && added <= 40;
  } finally {
    rmSync(site, {recursive: true, force: true});
  }
}

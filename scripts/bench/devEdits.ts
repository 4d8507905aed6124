import {spawn} from 'node:child_process';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {localizedDocDir} from '../../src/core/i18n/paths';
import {docRouteOf} from '../../src/core/i18n/alternates';
import {readLocalizedDoc} from '../../src/core/l10n/localizedDoc';
import {launchChromium} from '../browser/chromium';
import {DOCUSAURUS} from './docusaurus';
import {median} from './measure';
import {percentile} from './server';

/** How long one edit may take to show before the series stops. */
const EDIT_TIMEOUT_MS = 180_000;

export interface DevEdits {
  /** From starting `docusaurus start` to the first page hydrated in Chromium. */
  firstPageMs: number;
  /** From writing the file to seeing the new text on the page, one per edit. */
  editsMs: number[];
}

/** Localized pages with a plain translated sentence to edit (no markup, long enough to find): their route and the sentence. */
function* editablePages(site: string, locale: string): Generator<{file: string; route: string; target: string}> {
  const root = join(site, localizedDocDir(locale));
  const files = readdirSync(root, {recursive: true, encoding: 'utf8'})
    .filter((f) => f.endsWith('.md') && !f.includes('includes/'))
    .sort();
  for (const page of files) {
    const file = join(root, page);
    const doc = readLocalizedDoc(file, readFileSync(file, 'utf8'));
    const segment = doc.segments.find((s) => /^[^<>`*_[\]\\&|#]{12,}$/.test(s.target) && doc.text.split(s.target).length === 2);
    if (segment) yield {file, route: `/${locale}${docRouteOf(page)}`, target: segment.target};
  }
}

/**
 * `docusaurus start --locale <locale>` in `site`: time to the first page in Chromium, then `edits`
 * saves of one sentence of a localized page, each timed from the write to the new text on the page.
 */
export async function measureDevEdits(site: string, locale: string, edits = 20): Promise<DevEdits> {
  const port = 20_000 + Math.floor(Math.random() * 10_000);
  const started = performance.now();
  const child = spawn(process.execPath, [DOCUSAURUS, 'start', '--locale', locale, '--port', String(port), '--no-open'], {
    cwd: site,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {...process.env, BROWSER: 'none'},
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const browser = await launchChromium();
  let edited: {file: string; original: string} | undefined;
  try {
    const page = await browser.context.newPage();
    const hasText = (text: string) => `document.body.textContent.includes(${JSON.stringify(text)})`;
    const candidates = editablePages(site, locale);
    let chosen: {file: string; route: string; target: string} | undefined;
    // The first page with a sentence to edit whose route is the page (a `slug` can move it; the dev
    // server answers every path, with its 404 page where there is none). At most 20 tried.
    for (let tried = 0; !chosen && tried < 20; tried++) {
      const next = candidates.next();
      if (next.done) break;
      const url = `http://localhost:${port}${next.value.route}`;
      // The dev server answers only once its first compilation is done; until then the port is closed.
      for (;;) {
        if (child.exitCode !== null) throw new Error(`docusaurus start exited with ${child.exitCode}:\n${output.slice(-3000)}`);
        if (performance.now() - started > 30 * 60_000) throw new Error(`no first page in 30 minutes:\n${output.slice(-3000)}`);
        const response = await page.goto(url, {timeout: 10 * 60_000}).catch(() => null);
        if (response?.ok()) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      await page.waitForSelector('html[data-has-hydrated=true]', {timeout: 10 * 60_000});
      if (await page.evaluate(hasText(next.value.target))) chosen = next.value;
    }
    if (!chosen) throw new Error(`no ${locale} page found with a sentence to edit on it`);
    const {file, target} = chosen;
    const original = readFileSync(file, 'utf8');
    edited = {file, original};
    const firstPageMs = performance.now() - started;
    const editsMs: number[] = [];
    for (let i = 0; i < edits; i++) {
      const marker = `${target} ⟨edit ${i}⟩`;
      // A string: this runs in the page, and scripts have no DOM types.
      const seen = page.waitForFunction(hasText(marker), undefined, {timeout: EDIT_TIMEOUT_MS, polling: 'raf'});
      const start = performance.now();
      writeFileSync(file, original.replace(target, marker));
      // An edit not on screen within the timeout is reported as such, and ends the series.
      if (!(await seen.then(() => true).catch(() => false))) {
        editsMs.push(Infinity);
        break;
      }
      editsMs.push(performance.now() - start);
      // Docusaurus' file watcher coalesces saves that come too close; a translator pauses between two.
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    return {firstPageMs, editsMs};
  } finally {
    if (edited) writeFileSync(edited.file, edited.original);
    await browser.close();
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  }
}

/** The line a bench prints for one site. */
export function describeDevEdits(name: string, {firstPageMs, editsMs}: DevEdits): string {
  const sorted = [...editsMs].sort((a, b) => a - b);
  if (editsMs.includes(Infinity))
    return `${name}: first page ${(firstPageMs / 1000).toFixed(1)} s; edit ${editsMs.length} not on screen within ${EDIT_TIMEOUT_MS / 1000} s (the ones before: ${editsMs
      .slice(0, -1)
      .map((ms) => (ms / 1000).toFixed(1))
      .join(', ')} s)`;
  return `${name}: first page ${(firstPageMs / 1000).toFixed(1)} s; save to visible over ${editsMs.length} edits: median ${(median(editsMs) / 1000).toFixed(2)} s, p95 ${(percentile(sorted, 95) / 1000).toFixed(2)} s`;
}

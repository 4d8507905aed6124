import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {CHROMIUM_FLAGS, CHROMIUM_PATH} from '../browser/chromium';

export type FormFactor = 'mobile' | 'desktop';
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number>;

/** Debian's Chromium for Lighthouse: headless, fresh profile, DevTools on a port it picks and reports. */
async function launchForLighthouse(): Promise<{port: number; stop(): Promise<void>}> {
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-profile-'));
  const child = spawn(
    CHROMIUM_PATH,
    ['--headless=new', ...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
    // Its own process group, so stopping it also stops its helper processes.
    {stdio: 'ignore', detached: true},
  );
  const portFile = join(profile, 'DevToolsActivePort');
  const deadline = Date.now() + 15_000;
  while (!existsSync(portFile) || readFileSync(portFile, 'utf8').trim() === '') {
    if (Date.now() > deadline) throw new Error(`Chromium at ${CHROMIUM_PATH} did not open its DevTools port within 15 s`);
    await new Promise((done) => setTimeout(done, 50));
  }
  return {
    port: Number(readFileSync(portFile, 'utf8').split('\n')[0]),
    stop: async () => {
      const exited = new Promise((done) => child.once('exit', done));
      process.kill(-child.pid!, 'SIGKILL');
      await exited;
      try {
        rmSync(profile, {recursive: true, force: true, maxRetries: 10, retryDelay: 100});
      } catch {
        // A helper still writing: the profile is a temporary directory, left for the OS to clean.
      }
    },
  };
}

/** Lighthouse 12 category scores (0–100) for one page, with its default mobile or its desktop settings. */
export async function lighthouseScores(url: string, formFactor: FormFactor): Promise<Scores> {
  const {default: lighthouse} = await import('lighthouse');
  const config = formFactor === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
  const chromium = await launchForLighthouse();
  try {
    const result = await lighthouse(url, {port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES]}, config);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const {categories, runtimeError} = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse failed on ${url}: ${runtimeError.code} ${runtimeError.message}`);
    return Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])) as Scores;
  } finally {
    await chromium.stop();
  }
}

const TARGETS: Record<FormFactor, Scores> = {
  mobile: {performance: 90, accessibility: 100, 'best-practices': 100, seo: 100},
  desktop: {performance: 99, accessibility: 100, 'best-practices': 100, seo: 100},
};

/**
 * Median scores of `runs` mobile Lighthouse runs per page (mobile performance moves by several
 * points between runs on this machine) and one desktop run, printed with the targets.
 */
export async function scorePages(label: string, origin: string, pages: readonly string[], runs = 3): Promise<boolean> {
  let ok = true;
  for (const path of pages) {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const samples: Scores[] = [];
      const count = formFactor === 'mobile' ? runs : 1;
      for (let i = 0; i < count; i++) samples.push(await lighthouseScores(`${origin}${path}`, formFactor));
      const median = Object.fromEntries(CATEGORIES.map((c) => [c, samples.map((s) => s[c]).sort((a, b) => a - b)[count >> 1]])) as Scores;
      const met = CATEGORIES.every((c) => median[c] >= TARGETS[formFactor][c]);
      ok &&= met;
      const figures = CATEGORIES.map((c) => `${c} ${median[c]}`).join(', ');
      console.log(
        `  ${label} ${path} ${formFactor}: ${figures} (performance runs: ${samples.map((s) => s.performance).join(', ')}) ${met ? 'meets' : 'misses'} the targets`,
      );
    }
  }
  return ok;
}

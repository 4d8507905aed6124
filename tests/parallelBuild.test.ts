import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, renameSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {load} from 'js-yaml';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {LOCALES} from '../src/core/i18n/locales';

const ROOT = join(__dirname, '..');
const PARTS = join(ROOT, '.site-parts');

interface Workflow {
  jobs: Record<string, {strategy?: {matrix: {locale: string[]}}; steps: Array<{run?: string; uses?: string; with?: Record<string, unknown>}>}>;
}
const workflow = load(readFileSync(join(ROOT, '.github/workflows/build-site.yml'), 'utf8')) as Workflow;
const runs = (job: string) => (workflow.jobs[job]?.steps ?? []).flatMap((step) => (step.run ? [step.run] : []));

// Every build here starts without rspack's persistent cache, as each GitHub job does: with it, the
// minifier names the runtime chunk's variables differently after some cache histories (the same
// code, another hash), which is no difference between the two ways of building.
function sh(command: string): void {
  const env = {...process.env, CI: 'true', DOCUSAURUS_NO_PERSISTENT_CACHE: 'true'};
  const result = spawnSync('bash', ['-c', command], {cwd: ROOT, encoding: 'utf8', env});
  if (result.status !== 0) throw new Error(`${command} failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-4000)}`);
}

const filesOf = (dir: string) =>
  readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();

// Five real builds without cache (about 10 s per locale here, 2–4× that in a busy hour).
describe('building locales apart and merging them (the GitHub Actions workflow)', {timeout: 900_000}, () => {
  const merged = mkdtempSync(join(tmpdir(), 'merged-site-'));
  // The all-locale build to compare with, made right here from the same sources.
  const whole = mkdtempSync(join(tmpdir(), 'whole-site-'));
  beforeAll(() => {
    rmSync(PARTS, {recursive: true, force: true});
    sh(`npm run build -- --out-dir ${whole}`);
  }, 300_000);
  afterAll(() => {
    rmSync(PARTS, {recursive: true, force: true});
    rmSync(merged, {recursive: true, force: true});
    rmSync(whole, {recursive: true, force: true});
  });

  it('installs as CI does, one job per locale, then merges them all', () => {
    expect(workflow.jobs.locale?.strategy?.matrix.locale).toEqual([...LOCALES]);
    expect(runs('locale')[0]).toBe(readFileSync(join(ROOT, '.ci/run'), 'utf8').match(/^npm ci.*$/m)?.[0]);
    expect(runs('merge')[0]).toBe(runs('locale')[0]);
  });

  it('builds each locale with the workflow’s command and merges them into the files the all-locale build writes', () => {
    const [, build] = runs('locale');
    for (const locale of LOCALES) sh((build ?? '').replaceAll('${{ matrix.locale }}', locale));
    // What actions/download-artifact does with the pattern site-*: each artifact in a folder of its name.
    for (const locale of LOCALES) renameSync(join(PARTS, locale), join(PARTS, `site-${locale}`));
    const [, merge] = runs('merge');
    expect(merge).toMatch(/ --out-dir build$/);
    sh((merge ?? '').replace(/ --out-dir build$/, ` --out-dir ${merged}`));
    const built = whole;
    const [expected, actual] = [filesOf(built), filesOf(merged)];
    expect(actual).toEqual(expected);
    const differing = expected.filter((file) => !readFileSync(join(built, file)).equals(readFileSync(join(merged, file))));
    expect(differing).toEqual([]);
    // Each locale's search, sitemap and compressed copies came from its own job.
    for (const locale of ['zh-TW', 'ja-JP']) expect(actual).toEqual(expect.arrayContaining([`${locale}/search/manifest.json`, `${locale}/sitemap.xml.gz`]));
  });
});

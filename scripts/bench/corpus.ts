import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {copySite, corpusSets} from '../../tests/corpus/corpusSite';
import {BUILD_NODE_FLAGS} from '../build';
import {DOCUSAURUS, SITE} from './docusaurus';
import {median} from './measure';
import {createPlainSite} from './plainSite';

const TIME = '/usr/bin/time';

/** A cold four-locale build, with its wall time and the peak resident memory of its process (GNU time's %M). */
function measuredBuild(siteDir: string, outDir: string, nodeFlags: readonly string[] = []): {seconds: number; peakMb: number} {
  for (const cache of ['node_modules/.cache/rspack', 'node_modules/.cache/webpack', 'node_modules/.cache/l10n', '.docusaurus'])
    rmSync(join(siteDir, cache), {recursive: true, force: true});
  const start = performance.now();
  const result = spawnSync(TIME, ['-f', 'PEAK_KB %M', process.execPath, ...nodeFlags, DOCUSAURUS, 'build', '--out-dir', outDir], {
    cwd: siteDir,
    encoding: 'utf8',
    env: {...process.env, CI: 'false', L10N_STRICT: 'false'},
    maxBuffer: 256 << 20,
  });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`docusaurus build failed in ${siteDir}:\n${result.stderr.slice(-4000)}`);
  const peakKb = Number(/PEAK_KB (\d+)/.exec(result.stderr)?.[1]);
  return {seconds, peakMb: peakKb / 1024};
}

/** One CLI command in the site, timed in a process of its own (as a user runs it). */
function timedCli(siteDir: string, args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(siteDir, 'scripts/l10n/cli.ts'), '--root', siteDir, ...args], {
    encoding: 'utf8',
    cwd: siteDir,
  });
  if (result.status !== 0 && !args.includes('import')) throw new Error(`l10n ${args.join(' ')} failed: ${result.stderr.slice(-2000)}`);
  return performance.now() - start;
}

const fmt = (values: number[], unit: string, digits = 1) => `${median(values).toFixed(digits)} ${unit} [${values.map((v) => v.toFixed(digits)).join(', ')}]`;

/**
 * The corpus of real doc sets (163 files, 8 sets, 3 locales) imported into a copy of the site and
 * built in four locales, against a plain Docusaurus classic site holding the same pages as plain
 * Markdown (the imported files unchanged: both languages, in their raw span tags; DocFX syntax as
 * text), built in the same run, alternating, cold.
 * Targets: build time and peak memory ≤ 1.2× the plain site. Import, status and sync are timed per
 * page, on one set and on all seven, to show they grow with the pages.
 */
export async function benchCorpus(rounds = 3): Promise<boolean> {
  if (!existsSync(TIME)) throw new Error(`${TIME} is missing: apt-get install -y time`);
  const site = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
  const out = mkdtempSync(join(tmpdir(), 'bench-corpus-out-'));
  let plain: string | undefined;
  try {
    copySite(site, SITE);
    for (const entry of ['scripts', 'tsconfig.node.json']) cpSync(join(SITE, entry), join(site, entry), {recursive: true});
    const sets = corpusSets();
    const first = sets[0];
    // Import one set, then the rest: time per page should not grow with the pages already there.
    const importOne = first ? timedCli(site, ['import', first.dir, '--into', first.name]) : 0;
    const importRest = sets.slice(1).reduce((ms, set) => ms + timedCli(site, ['import', set.dir, '--into', set.name]), 0);
    const pagesOne = first ? countMarkdown(first.dir) : 1;
    const pagesAll = sets.reduce((n, set) => n + countMarkdown(set.dir), 0);
    const status = timedCli(site, ['--json', 'status']);
    const sync = timedCli(site, ['--json', 'sync', '--dry-run']);
    plain = await createPlainSite(site, {faster: true, pairs: 'as-is'});
    const ours: Array<{seconds: number; peakMb: number}> = [];
    const baseline: Array<{seconds: number; peakMb: number}> = [];
    for (let round = 0; round < rounds; round++) {
      ours.push(measuredBuild(site, join(out, 'ours'), BUILD_NODE_FLAGS));
      baseline.push(measuredBuild(plain, join(out, 'plain')));
    }
    const time = median(ours.map((b) => b.seconds)) / median(baseline.map((b) => b.seconds));
    const memory = median(ours.map((b) => b.peakMb)) / median(baseline.map((b) => b.peakMb));
    console.log(`Corpus of real doc sets: ${sets.length} sets, ${pagesAll} localized files, 4 locales (medians of ${rounds} alternating cold builds):`);
    const row = (label: string, key: 'seconds' | 'peakMb', unit: string, digits: number, ratio: number) =>
      console.log(
        `  ${label}: ours ${fmt(
          ours.map((b) => b[key]),
          unit,
          digits,
        )}, plain site ${fmt(
          baseline.map((b) => b[key]),
          unit,
          digits,
        )}: ${ratio.toFixed(3)}× (target ≤ 1.2×)`,
      );
    row('build time', 'seconds', 's', 1, time);
    row('peak memory', 'peakMb', 'MB', 0, memory);
    console.log(
      `  import: ${(importOne / pagesOne).toFixed(0)} ms/file for the first set (${pagesOne} files), ${(importRest / (pagesAll - pagesOne)).toFixed(0)} ms/file for the other ${pagesAll - pagesOne}`,
    );
    console.log(
      `  status: ${(status / pagesAll).toFixed(1)} ms/file (${(status / 1000).toFixed(2)} s); sync --dry-run: ${(sync / pagesAll).toFixed(1)} ms/file (${(sync / 1000).toFixed(2)} s)`,
    );
    console.log('  (each CLI run includes starting Node and tsx, about 1 s; the CLI bench measures per-page cost on 1,000 generated pages)');
    return time <= 1.2 && memory <= 1.2;
  } finally {
    for (const dir of [site, out, ...(plain ? [plain] : [])]) rmSync(dir, {recursive: true, force: true});
  }
}

function countMarkdown(dir: string): number {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((f) => f.endsWith('.md')).length;
}

import {spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {localizedDocDir, memoryPath} from '../../src/core/i18n/paths';
import {englishSentences} from '../../src/core/l10n/englishSentences';
import {LOCALIZED_SEEDS, readSeed} from '../../src/core/markdown/__tests__/seeds';
import {locateTextBlocks} from '../../src/core/markdown/locateTextBlocks';
import {parseMarkdown} from '../../src/core/markdown/parseMarkdown';
import {treeTextBlocks} from '../../src/core/markdown/textBlocks';
import {readLocalizedDoc} from '../../src/core/l10n/localizedDoc';
import {renderEnglishPage} from '../l10n/lib/englishPage';
import {formatRatio, median, timeMedian} from './measure';

const english = renderEnglishPage(readLocalizedDoc('pt', readSeed('seed-pt-BR-websockets.md')));
const localized = LOCALIZED_SEEDS.filter((s) => s.docId === 'websockets').map((s) => ({locale: s.locale, text: readSeed(s.name)}));

/**
 * `pages` copies of the WebSockets article in English and its three localized versions. Every page
 * differs: its own title, and one sentence of its English reworded, so each page has its own
 * English to split and a stale sentence per locale for sync to handle.
 */
export function generateCorpus(pages: number): string {
  const root = mkdtempSync(join(tmpdir(), 'l10n-bench-'));
  const sentences = englishSentences(english);
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), {recursive: true});
    writeFileSync(join(root, path), text);
  };
  for (let i = 0; i < pages; i++) {
    const page = `section-${i % 50}/page-${i}.md`;
    const end = sentences[i % sentences.length]?.end ?? 0;
    const reworded = `${english.slice(0, end)} (page ${i})${english.slice(end)}`;
    write(`docs/${page}`, reworded.replace(/^title: (.*)$/m, `title: $1 (${i})`));
    for (const {locale, text} of localized) write(`${localizedDocDir(locale)}/${page}`, text.replace(/^title: (.*)$/m, `title: $1 (${i})`));
  }
  return root;
}

type Run = {ms: number; peakRssMb: number};

/** One CLI command as a translator runs it, in its own process: the time includes starting Node and loading the CLI. */
function run(root: string, command: string, ...args: string[]): Run {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'cliChild.ts'), root, command, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 10 * 60_000,
  });
  const report = child.stderr.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !report.startsWith('{')) throw new Error(`l10n ${command} failed in the bench (exit ${child.status}): ${child.stderr}`);
  return JSON.parse(report);
}

const seconds = (r: Run) => `${(r.ms / 1000).toFixed(2)} s, peak ${r.peakRssMb.toFixed(0)} MB`;

/** Block location for one page in its four languages: a full remark parse (the baseline) against markdown-it's block parser. */
function benchBlockLocation(): void {
  const texts = [english, ...localized.map((l) => l.text)];
  const remark = timeMedian(() => texts.forEach((t) => treeTextBlocks(parseMarkdown(t))), 5);
  const located = timeMedian(() => texts.forEach((t) => locateTextBlocks(t)), 5);
  console.log(
    `  text blocks of one page in 4 languages: remark ${remark.toFixed(1)} ms (baseline), block parser ${located.toFixed(2)} ms: ${formatRatio(located, remark)}`,
  );
}

/**
 * `status` and `sync` (which writes) over `pages` pages × 3 locales and over twice that, each run
 * in its own process on a fresh corpus. The size, 1,000, is the default.
 */
export function benchCli(pages = 1000): boolean {
  console.log(`l10n CLI over a generated corpus (the WebSockets article in 4 languages, ${pages} and ${2 * pages} pages):`);
  benchBlockLocation();
  const results = new Map<string, Run[]>([
    ['status', []],
    ['sync', []],
  ]);
  for (const size of [pages, 2 * pages]) {
    const root = generateCorpus(size);
    for (const [command, runs] of results) runs.push(run(root, command));
    const memory = JSON.parse(readFileSync(join(root, memoryPath('zh-TW')), 'utf8')) as unknown[];
    if (memory.length === 0) throw new Error('sync kept no translation in the memory: the corpus no longer exercises it');
    rmSync(root, {recursive: true, force: true});
  }
  let ok = true;
  for (const [command, [one, two]] of results) {
    if (!one || !two) throw new Error(`l10n ${command} did not run at both sizes`);
    const growth = two.ms / one.ms;
    // The targets are for 1,000 pages; a smaller run is held to the same time per page.
    const met = one.ms < 5000 * (pages / 1000) && one.peakRssMb < 500 && growth <= 2.2;
    ok &&= met;
    console.log(
      `  ${command}: ${pages} × 3 in ${seconds(one)} | ${2 * pages} × 3 in ${seconds(two)} | growth ${growth.toFixed(2)}× | ${met ? 'meets' : 'misses'} the targets`,
    );
  }
  console.log('  targets at 1,000 pages: < 5 s, < 500 MB, growth ≤ 2.2× for twice the pages');
  return ok;
}

/** Exports a corpus' zh-TW sentences as XLIFF, as a translator would receive them; returns the unit count. */
function exportXliff(root: string, file: string): number {
  const exported = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'cliChild.ts'), root, 'export', '--locale', 'zh-TW', '--format', 'xliff', '--out', file],
    {stdio: 'ignore'},
  );
  if (exported.status !== 0) throw new Error(`export failed in the bench (exit ${exported.status})`);
  return readFileSync(file, 'utf8').match(/<unit /g)?.length ?? 0;
}

/**
 * Import of a translator's XLIFF file with every plain target edited, at `units` units and half
 * that, on generated corpora (zh-TW); `status` on the same corpus, which reads every page too, is
 * the in-run baseline. Each round runs both on a fresh copy, alternating; medians of 3 rounds.
 */
export function benchImport(units = 200_000): boolean {
  const probe = generateCorpus(20);
  const perPage = exportXliff(probe, join(probe, 'probe.xlf')) / 20;
  rmSync(probe, {recursive: true, force: true});
  console.log(`l10n import of an XLIFF file with every target edited (about ${units / 2} and ${units} units, ${perPage} a page):`);
  const rows: Array<{units: number; bytes: number; status: Run; imported: Run}> = [];
  for (const size of [units / 2, units]) {
    // A page more than the average needs, so the larger file holds at least `units`.
    const root = generateCorpus(Math.ceil((size * 1.01) / perPage));
    const file = join(root, 'zh-TW.xlf');
    const count = exportXliff(root, file);
    // As a translator's tool would: every target reworded.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/<target>([^<]*)<\/target>/g, '<target>$1（已校閱）</target>'));
    const status: Run[] = [];
    const imported: Run[] = [];
    for (let round = 0; round < 3; round++) {
      const copy = `${root}-${round}`;
      cpSync(root, copy, {recursive: true});
      status.push(run(copy, 'status'));
      imported.push(run(copy, 'import', join(copy, 'zh-TW.xlf')));
      rmSync(copy, {recursive: true, force: true});
    }
    rows.push({units: count, bytes: statSync(file).size, status: medianRun(status), imported: medianRun(imported)});
    rmSync(root, {recursive: true, force: true});
  }
  const [one, two] = rows;
  if (!one || !two) throw new Error('import did not run at both sizes');
  for (const row of rows)
    console.log(
      `  ${row.units} units (${(row.bytes / 2 ** 20).toFixed(0)} MB): import ${seconds(row.imported)} | status ${seconds(row.status)} (baseline) | ${formatRatio(row.imported.ms, row.status.ms)}`,
    );
  const growth = two.imported.ms / one.imported.ms;
  const met = two.units >= 200_000 && two.imported.ms < 10_000 && two.imported.peakRssMb < 1024 && growth <= 2.2 * (two.units / one.units / 2);
  console.log(
    `  growth ${growth.toFixed(2)}× for ${(two.units / one.units).toFixed(2)}× units | targets at 200,000 units: < 10 s, < 1 GB, growth ≤ 2.2× for 2× | ${met ? 'meets' : 'misses'}`,
  );
  return met;
}

/** The run of median time, with the median peak memory. */
function medianRun(runs: readonly Run[]): Run {
  return {ms: median(runs.map((r) => r.ms)), peakRssMb: median(runs.map((r) => r.peakRssMb))};
}

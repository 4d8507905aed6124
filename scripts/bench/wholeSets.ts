import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {gzipSync} from 'node:zlib';
import {tableCodePipes} from '../../src/core/docfx/tablePipes';
import {alignToEnglish} from '../../src/core/l10n/alignment';
import {readLocalizedDoc} from '../../src/core/l10n/localizedDoc';
import {mtLeftovers} from '../../src/core/l10n/mtLeftovers';
import {codeSpanRanges} from '../../src/core/markdown/codeSpans';
import {analyzedPages} from '../../src/project/analyzedPages';
import {loadProject} from '../../src/project/project';
import {LOCALES} from '../../src/core/i18n/locales';
import {copySite, measureBuiltCorpus} from '../../tests/corpus/corpusSite';
import {fetchWholeSets} from '../corpus/fetchWholeSets';
import {describeDevEdits, measureDevEdits} from './devEdits';
import {BUILD_NODE_FLAGS} from '../build';
import {DOCUSAURUS, SITE} from './docusaurus';
import {median} from './measure';
import {pageScriptWeight} from './pageWeight';
import {createPlainSite} from './plainSite';
import {benchBrowserSearch, reportIndexSizes} from './search';

const TIME = '/usr/bin/time';

/**
 * A cold build with its wall time and peak resident memory (GNU time's %M), Node's default heap
 * limit; `nodeFlags` as `npm run build` gives ours (BUILD_NODE_FLAGS), none for the plain site.
 */
function measuredBuild(siteDir: string, outDir: string, env: Record<string, string>, locales: readonly string[], nodeFlags: readonly string[] = []) {
  for (const cache of ['node_modules/.cache', '.docusaurus']) rmSync(join(siteDir, cache), {recursive: true, force: true});
  const start = performance.now();
  const only = locales.length < LOCALES.length ? locales.flatMap((l) => ['--locale', l]) : [];
  const result = spawnSync(TIME, ['-f', 'PEAK_KB %M', process.execPath, ...nodeFlags, DOCUSAURUS, 'build', '--out-dir', outDir, ...only], {
    cwd: siteDir,
    encoding: 'utf8',
    env: {...process.env, ...env},
    maxBuffer: 1 << 30,
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    seconds: (performance.now() - start) / 1000,
    peakMb: Number(/PEAK_KB (\d+)/.exec(result.stderr)?.[1]) / 1024,
  };
}

/** The build's phases as Docusaurus' PerfLogger times them, in seconds, summed over locales; `after` is the time past Docusaurus' own end (work it waits for). */
function buildPhases(log: string, seconds: number): Record<string, number> {
  const phases: Record<string, number> = {};
  for (const line of log.split('\n')) {
    const m = /\[PERF\] Build(?: > [^>]+ > (Load site|Bundling with rspack|SSG|postBuild\(\)))? - ([\d.]+) (ms|seconds)/.exec(line);
    if (!m) continue;
    const value = m[3] === 'seconds' ? Number(m[2]) : Number(m[2]) / 1000;
    if (m[1]) phases[m[1]] = (phases[m[1]] ?? 0) + value;
    else phases.after = seconds - value;
  }
  return phases;
}

/** Both builds' phases side by side: where ours spends the time the plain site does not. */
function comparePhases(ours: Record<string, number>, plain: Record<string, number>): string {
  return ['Load site', 'Bundling with rspack', 'SSG', 'postBuild()', 'after']
    .map((phase) => `${phase} ${(ours[phase] ?? 0).toFixed(1)} / ${(plain[phase] ?? 0).toFixed(1)} s`)
    .join(', ');
}

/** Queries in each locale on words of the sets (not our own pages), for the search's figures on a whole site. */
const WHOLE_SET_QUERIES = [
  ...['索引鍵', 'HasKey', 'NuGet 套件', 'dotnet pack', '中介軟體', 'Razor 頁面', 'DbContext 設定', '移轉'].map((query) => ({locale: 'zh-TW', query})),
  ...['パッケージ', 'NuGet.Config', 'リレーションシップ', 'HasKey', 'dotnet restore', '移行'].map((query) => ({locale: 'ja-JP', query})),
  ...['pacote', 'nuget.exe', 'restaurar pacotes', 'assinatura de pacotes'].map((query) => ({locale: 'pt-BR', query})),
  ...['DbContext', 'package restore', 'middleware', 'keys'].map((query) => ({locale: 'en', query})),
];

/** The same page's HTML and JavaScript (gzip) in the whole-set build and in our own small site's build. */
async function samePageWeight(out: string): Promise<boolean> {
  const small = join(SITE, 'build');
  if (!existsSync(small)) throw new Error(`${small} is missing: npm run build first`);
  const path = '/zh-TW/docs/websockets';
  const weigh = async (dir: string) => ({
    html: gzipSync(readFileSync(join(dir, `${path}.html`)), {level: 9}).length,
    js: await pageScriptWeight(dir, path),
  });
  const [whole, own] = [await weigh(out), await weigh(small)];
  const ratio = (whole.html + whole.js) / (own.html + own.js);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `  ${path}: HTML ${kb(whole.html)} + JS ${kb(whole.js)} in the whole-set site, HTML ${kb(own.html)} + JS ${kb(own.js)} in our own: ${ratio.toFixed(3)}× (target ≤ 1.05×)`,
  );
  return ratio <= 1.05;
}

/** One CLI command in the site, in a process of its own as a user runs it: its wall time and output. */
function cli(site: string, args: string[]): {ms: number; stdout: string; status: number | null} {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(site, 'scripts/l10n/cli.ts'), '--root', site, ...args], {
    cwd: site,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  return {ms: performance.now() - start, stdout: result.stdout, status: result.status};
}

/** A process's wall time and peak resident memory (GNU time's %M). */
function timed(site: string, args: string[]): {ms: number; peakMb: number; status: number | null} {
  const start = performance.now();
  const result = spawnSync(TIME, ['-f', 'PEAK_KB %M', process.execPath, '--import', 'tsx', ...args], {cwd: site, encoding: 'utf8', maxBuffer: 1 << 30});
  const peak = /PEAK_KB (\d+)/.exec(result.stderr)?.[1];
  return {ms: performance.now() - start, peakMb: Number(peak ?? 0) / 1024, status: result.status};
}

/**
 * `status`, `check`, `sync --dry-run` and `export` against reading and parsing the same files in a
 * process of its own (the in-run baseline), alternating, medians of 3 rounds, peak memory of each.
 */
function toolsAtScale(site: string, files: number): void {
  const out = join(site, 'export.xlf');
  const cliScript = join(site, 'scripts/l10n/cli.ts');
  const contenders: Array<[string, string[]]> = [
    ['read and parse (baseline)', [join(site, 'scripts/bench/readAndParse.ts'), site]],
    ['status', [cliScript, '--root', site, '--json', 'status']],
    ['check', [cliScript, '--root', site, '--json', 'check']],
    ['sync --dry-run', [cliScript, '--root', site, '--json', 'sync', '--dry-run']],
    ['export (zh-TW, XLIFF)', [cliScript, '--root', site, 'export', '--locale', 'zh-TW', '--format', 'xliff', '--out', out]],
  ];
  const runs = new Map<string, Array<ReturnType<typeof timed>>>(contenders.map(([name]) => [name, []]));
  for (let round = 0; round < 3; round++) for (const [name, args] of contenders) runs.get(name)?.push(timed(site, args));
  const medianOf = (name: string, key: 'ms' | 'peakMb') => median((runs.get(name) ?? []).map((r) => r[key]));
  const baseline = medianOf(contenders[0]![0], 'ms');
  console.log(`  the l10n tools on ${files} localized files (medians of 3 alternating rounds, each in its own process):`);
  for (const [name] of contenders) {
    const ms = medianOf(name, 'ms');
    const exits = [...new Set((runs.get(name) ?? []).map((r) => r.status))].join(',');
    console.log(
      `    ${name}: ${(ms / 1000).toFixed(1)} s, peak ${medianOf(name, 'peakMb').toFixed(0)} MB, ${(ms / baseline).toFixed(2)}× the baseline (target ≤ 2×; exit ${exits})`,
    );
  }
}

/** Editing in `npm run dev -- --locale zh-TW`: our own small site (the baseline, in the same run), then the whole-set site. */
async function devAtScale(site: string): Promise<void> {
  const small = mkdtempSync(join(tmpdir(), 'bench-dev-small-'));
  try {
    copySite(small, SITE);
    console.log('  editing with the dev server (docusaurus start --locale zh-TW), first page and save to visible in Chromium:');
    console.log(`    ${describeDevEdits('our own site (28 pages)', await measureDevEdits(small, 'zh-TW'))}`);
    console.log(`    ${describeDevEdits('the whole sets', await measureDevEdits(site, 'zh-TW'))}`);
  } finally {
    rmSync(small, {recursive: true, force: true});
  }
}

/** A `<span` inside a code span of some line: span syntax a translation tool left inside inline code. */
function spanInCode(text: string): boolean {
  if (!text.includes('`<span')) return false;
  let at = 0;
  for (const line of text.split('\n')) {
    const ranges = codeSpanRanges(text, at, at + line.length) ?? [];
    if (ranges.some(([a, b]) => text.slice(a, b).includes('<span'))) return true;
    at += line.length + 1;
  }
  return false;
}

/** What the DocFX classes of the whole-sets issue look like in a file: each counted where it occurs. */
const CLASSES: Record<string, RegExp | ((text: string) => boolean)> = {
  'moniker or zone end right after a line': /^[^\n]*\S[^\n]*\n[ \t>]*:::\s*(?:moniker-end|zone-end|row-end|column-end)/m,
  'alert in the middle of a quote': /^>[^\n]*\S[^\n]*\n>\s*\[!(?:note|tip|important|caution|warning)\]/im,
  'escaped autolink': /\\<https?:\/\//,
  'tag in inline code': spanInCode,
  'word-break span': /<span style="word-break/,
  'pipe in inline code in a table': (text) => tableCodePipes(text).length > 0,
  'inline include': /\S[ \t]*\[!INCLUDE\s*\[/i,
  'tab heading': /^#{1,6}\s.*\]\(#tab\//m,
  'code include with a space or upper case': /\[!code-(?:[A-Z]\w*\s*|\w+\s+)\[/,
  'emptied emphasis': (text) => mtLeftovers(text).some((l) => l.kind === 'empty-emphasis'),
  'spaced emphasis': (text) => readLocalizedDoc('', text).segments.some((s) => mtLeftovers(s.target).some((l) => l.kind === 'spaced-emphasis')),
};

export function classCounts(dirs: string[]): Record<string, number> {
  const counts = Object.fromEntries(Object.keys(CLASSES).map((k) => [k, 0]));
  for (const dir of dirs) {
    for (const file of readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const [name, test] of Object.entries(CLASSES)) if (typeof test === 'function' ? test(text) : test.test(text)) counts[name] = (counts[name] ?? 0) + 1;
    }
  }
  return counts;
}

/**
 * The plain site's build. A page plain Docusaurus cannot compile (a link to `http://localhost:&lt`,
 * say) stops its whole build, so such pages are taken out of the plain site and it is built again
 * (at most 5 times): the baseline is the rest of the pages, built once without a failure.
 */
function plainBuild(plain: string, locales: readonly string[]): {base: ReturnType<typeof measuredBuild>; dropped: string[]} {
  const dropped: string[] = [];
  for (let attempt = 0; ; attempt++) {
    const base = measuredBuild(plain, join(plain, 'build'), {CI: 'true', DOCUSAURUS_PERF_LOGGER: 'true'}, locales);
    const failed = [...new Set([...`${base.stdout}\n${base.stderr}`.matchAll(/MDX compilation failed for file "([^"]+)"/g)].map((m) => m[1] ?? ''))];
    if (base.status === 0 || failed.length === 0 || attempt === 4) return {base, dropped};
    for (const file of failed) {
      rmSync(file, {force: true});
      dropped.push(relative(plain, file));
    }
  }
}

/**
 * Whole public localized repositories (see scripts/corpus/wholeSets.ts): every file imported as a
 * tree, then status, check and sync --dry-run timed, alignment timed page by page (no page over
 * 100× the median), and all four locales built with Node's default heap; what reached the pages
 * is measured as the corpus test measures it.
 */
export async function benchWholeSets({
  build: buildSite = true,
  tools = true,
  dev = false,
  products,
  locales = LOCALES,
}: {build?: boolean; tools?: boolean; dev?: boolean; products?: readonly string[]; locales?: readonly string[]} = {}): Promise<boolean> {
  if (!existsSync(TIME)) throw new Error(`${TIME} is missing: apt-get install -y time`);
  // `--products aspnetcore,ef-core`: a part of the corpus, to see how time and memory grow with it.
  const fetched = fetchWholeSets().filter(({set}) => !products || products.includes(set.product));
  const files = fetched.reduce((n, f) => n + f.files, 0);
  const site = mkdtempSync(join(tmpdir(), 'bench-whole-'));
  try {
    copySite(site, SITE);
    for (const entry of ['scripts', 'tsconfig.node.json']) cpSync(join(SITE, entry), join(site, entry), {recursive: true});
    console.log(`Whole doc sets: ${fetched.length} sets, ${files} .md files`);
    console.log(`  DocFX classes in the input (files): ${JSON.stringify(classCounts(fetched.map((f) => f.dir)))}`);
    let imported = 0;
    let skipped = 0;
    let warnings = 0;
    let importMs = 0;
    for (const {set, dir} of fetched) {
      const result = cli(site, ['--json', 'import', dir, '--into', set.product, '--learn-url', set.learnUrl]);
      importMs += result.ms;
      const report = JSON.parse(result.stdout) as {pages: Array<{warnings: unknown[]}>; skipped: unknown[]; notPages: unknown[]};
      imported += report.pages.length;
      skipped += report.skipped.length;
      warnings += report.pages.reduce((n, p) => n + p.warnings.length, 0);
    }
    console.log(`  import: ${imported} localized files imported, ${skipped} skipped, ${warnings} warnings, ${(importMs / 1000).toFixed(1)} s`);
    if (tools) toolsAtScale(site, files);
    if (dev) await devAtScale(site);
    // Alignment page by page, in this process: every locale of every page against its English. Pages
    // range from 3 sentences to 900, so the budget is per sentence: a page over 100× the median cost per
    // sentence is one whose alignment grows faster than its size. Raw page times are reported too.
    const times: Array<{page: string; ms: number; perSentence: number}> = [];
    for await (const {page, english, sentences, localized} of analyzedPages(loadProject(site), {worker: false})) {
      for (const [locale, doc] of Object.entries(localized)) {
        if (!doc) continue;
        // The least of three runs: a garbage collection in one run is not the page's cost.
        let ms = Infinity;
        for (let run = 0; run < 3; run++) {
          const start = performance.now();
          alignToEnglish(doc.segments, english, sentences);
          ms = Math.min(ms, performance.now() - start);
        }
        times.push({page: `${locale}/${page}`, ms, perSentence: ms / Math.max(1, sentences.length + doc.segments.length)});
      }
    }
    const worstOf = (key: 'ms' | 'perSentence') => times.reduce((a, b) => (b[key] > a[key] ? b : a), times[0] ?? {page: '', ms: 0, perSentence: 0});
    const med = median(times.map((t) => t.ms));
    const worst = worstOf('ms');
    const medPer = median(times.map((t) => t.perSentence));
    const worstPer = worstOf('perSentence');
    const ratio = worstPer.perSentence / medPer;
    console.log(
      `  alignment: ${times.length} pages, median ${med.toFixed(2)} ms, worst ${worst.ms.toFixed(1)} ms (${worst.page}, ${(worst.ms / med).toFixed(0)}× the median)`,
    );
    console.log(
      `  alignment per sentence: median ${(medPer * 1000).toFixed(1)} µs, worst ${(worstPer.perSentence * 1000).toFixed(1)} µs (${worstPer.page}): ${ratio.toFixed(1)}× the median (target ≤ 100×)`,
    );
    if (!buildSite) return skipped === 0 && ratio <= 100;
    const out = join(site, 'build');
    const build = measuredBuild(site, out, {CI: 'true', DOCUSAURUS_PERF_LOGGER: 'true'}, locales, BUILD_NODE_FLAGS);
    const log = `${build.stdout}\n${build.stderr}`;
    const errorPages = log.split('\n').filter((l) => l.includes('page-guard:page-failed'));
    console.log(
      `  build (${locales.join(', ')}; default heap, CI=true): exit ${build.status}, ${build.seconds.toFixed(0)} s, peak ${build.peakMb.toFixed(0)} MB, ${errorPages.length} error pages`,
    );
    for (const line of errorPages.slice(0, 10)) console.log(`    ${line}`);
    if (build.status !== 0) {
      console.log(log.slice(-3000));
      return false;
    }
    const sets = fetched.filter(({set}) => locales.includes(set.locale)).map(({set}) => ({name: set.product, locale: set.locale, dir: ''}));
    const built = measureBuiltCorpus(site, out, sets);
    const rate = built.rendered / built.pairs;
    console.log(
      `  pages built from the sets: ${built.pages}; pairs rendered on their page: ${built.rendered} of ${built.pairs} (${(rate * 100).toFixed(2)} %, target ≥ 99.5 %)`,
    );
    console.log(`  source syntax shown as text: ${built.leaks.length} page(s)${built.leaks.length ? `: ${built.leaks.slice(0, 10).join('; ')}` : ''}`);
    for (const missing of built.missing.slice(0, 10)) console.log(`    not rendered: ${missing}`);

    reportIndexSizes(out, locales);
    console.log('  search in Chromium, queries on the sets’ own words:');
    const search = await benchBrowserSearch(
      out,
      WHOLE_SET_QUERIES.filter((q) => locales.includes(q.locale)),
      '/docs/websockets',
    );
    const weight = await samePageWeight(out);

    // The baseline: a plain Docusaurus Faster site with the same files as they are, built right after.
    const plain = await createPlainSite(site, {faster: true, pairs: 'as-is'});
    try {
      const {base, dropped} = plainBuild(plain, locales);
      if (base.status !== 0) {
        // A failed build's time is not a baseline: no ratio without one.
        console.log(`  plain site build failed even without ${dropped.length} pages: ${base.stderr.slice(-2000)}`);
        return false;
      }
      const [time, memory] = [build.seconds / base.seconds, build.peakMb / base.peakMb];
      console.log(
        `  plain Docusaurus Faster site, same files but the ${dropped.length} pages Docusaurus itself cannot compile (${dropped.slice(0, 5).join(', ')}${dropped.length > 5 ? ', …' : ''}): ${base.seconds.toFixed(0)} s, peak ${base.peakMb.toFixed(0)} MB; ours ${time.toFixed(2)}× the time, ${memory.toFixed(2)}× the memory (target ≤ 1.2× each)`,
      );
      // Docusaurus' own timing of its phases: where the build's time goes.
      console.log(`  phases, ours / plain: ${comparePhases(buildPhases(log, build.seconds), buildPhases(`${base.stdout}\n${base.stderr}`, base.seconds))}`);
      return skipped === 0 && rate >= 0.995 && built.leaks.length === 0 && ratio <= 100 && search.ok && weight && time <= 1.2 && memory <= 1.2;
    } finally {
      rmSync(plain, {recursive: true, force: true});
    }
  } finally {
    rmSync(site, {recursive: true, force: true});
  }
}

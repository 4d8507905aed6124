import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {BUILD_NODE_FLAGS} from '../build';
import {docusaurusBuild, SITE} from './docusaurus';
import {median} from './measure';
import {createPlainSite} from './plainSite';
import {pageScriptWeight} from './pageWeight';

/** One cold production build of every locale (the persistent caches and generated files removed first): its time and what it printed. */
export function timedBuild(siteDir: string, outDir: string, env: NodeJS.ProcessEnv = {}, nodeFlags: readonly string[] = []): {ms: number; output: string} {
  for (const cache of ['node_modules/.cache/rspack', 'node_modules/.cache/webpack', 'node_modules/.cache/l10n', '.docusaurus'])
    rmSync(join(siteDir, cache), {recursive: true, force: true});
  const start = performance.now();
  const output = docusaurusBuild(siteDir, outDir, env, nodeFlags);
  return {ms: performance.now() - start, output};
}

const PAGES = ['/zh-TW/docs/websockets', '/docs/websockets', '/ja-JP/docs/api/closeoutputasync'];

/**
 * Our four-locale production build (docusaurus build, which writes the compressed copies) against a plain
 * classic site with the same pages, built in the same run, alternating, cold each time. The plain
 * site is built with Docusaurus Faster too (the like-for-like baseline the target is held to) and
 * once with its default webpack, for reference. Then the JavaScript each doc page loads, gzipped.
 */
export async function benchBuild(rounds = 3): Promise<{build: boolean; pageWeight: boolean}> {
  const out = mkdtempSync(join(tmpdir(), 'bench-build-'));
  const plain = await createPlainSite(SITE, {faster: true});
  const plainWebpack = await createPlainSite(SITE, {faster: false});
  try {
    const ours: number[] = [];
    const baseline: number[] = [];
    for (let round = 0; round < rounds; round++) {
      ours.push(timedBuild(SITE, join(out, 'ours'), {}, BUILD_NODE_FLAGS).ms);
      baseline.push(timedBuild(plain, join(out, 'plain')).ms);
    }
    const webpack = timedBuild(plainWebpack, join(out, 'plain-webpack')).ms;
    const ratio = median(ours) / median(baseline);
    console.log('Production build, 4 locales, cold caches (medians of alternating rounds):');
    console.log(
      `  ours (docusaurus build, compressed copies included): ${(median(ours) / 1000).toFixed(1)} s [${ours.map((ms) => (ms / 1000).toFixed(1)).join(', ')}]`,
    );
    console.log(
      `  plain classic site, Docusaurus Faster: ${(median(baseline) / 1000).toFixed(1)} s [${baseline.map((ms) => (ms / 1000).toFixed(1)).join(', ')}]`,
    );
    console.log(`  plain classic site, default webpack: ${(webpack / 1000).toFixed(1)} s (reference)`);
    console.log(`  ratio ours / plain (Faster): ${ratio.toFixed(3)}× (target ≤ 1.15×)`);

    console.log('JavaScript a doc page loads, gzipped (every script response until the page is idle):');
    let weightOk = true;
    for (const page of PAGES) {
      const oursKb = (await pageScriptWeight(join(out, 'ours'), page)) / 1024;
      const plainKb = (await pageScriptWeight(join(out, 'plain'), page)) / 1024;
      const difference = oursKb - plainKb;
      weightOk &&= difference <= 30;
      console.log(
        `  ${page}: ours ${oursKb.toFixed(1)} KB, plain ${plainKb.toFixed(1)} KB, ${difference < 0 ? '−' : '+'}${Math.abs(difference).toFixed(1)} KB (target ≤ +30 KB)`,
      );
    }
    return {build: ratio <= 1.15, pageWeight: weightOk};
  } finally {
    for (const dir of [out, plain, plainWebpack]) rmSync(dir, {recursive: true, force: true});
  }
}

import {benchBuild} from './build';
import {benchSegmentPlugin} from './segmentPlugin';
import {benchCli, benchImport} from './cli';
import {benchCorpus} from './corpus';
import {benchLighthouse} from './lighthouseBench';
import {benchPagefind} from './pagefind';
import {benchServer} from './server';
import {benchSearch} from './search';
import {benchSoak} from './soak';
import {benchTranslate} from './translate';
import {benchWholeSets} from './wholeSets';

/** `npm run bench`: every figure is measured against a baseline in the same run. `--only <name>` runs one part. */
async function main(): Promise<void> {
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  const failures: string[] = [];
  if (!only || only === 'segments') {
    if (benchSegmentPlugin().ratio > 1.25) failures.push('segment plugin');
  }
  if (!only || only === 'server') {
    if (!(await benchServer())) failures.push('echo server');
  }
  if (!only || only === 'soak') {
    const cycles = process.argv.includes('--cycles') ? Number(process.argv[process.argv.indexOf('--cycles') + 1]) : undefined;
    if (!(await benchSoak({cycleCount: cycles}))) failures.push('server soak');
  }
  if (!only || only === 'cli') {
    const pages = process.argv.includes('--pages') ? Number(process.argv[process.argv.indexOf('--pages') + 1]) : undefined;
    if (!benchCli(pages)) failures.push('l10n CLI');
  }
  if (!only || only === 'import') {
    const units = process.argv.includes('--units') ? Number(process.argv[process.argv.indexOf('--units') + 1]) : undefined;
    if (!benchImport(units)) failures.push('l10n import');
  }
  if (!only || only === 'build') {
    const {build, pageWeight} = await benchBuild();
    if (!build) failures.push('build time');
    if (!pageWeight) failures.push('page weight');
  }
  if (!only || only === 'translate') {
    if (!(await benchTranslate())) failures.push('translate in place');
  }
  if (!only || only === 'corpus') {
    if (!(await benchCorpus())) failures.push('corpus build');
  }
  if (!only || only === 'whole-sets') {
    const products = process.argv.includes('--products') ? process.argv[process.argv.indexOf('--products') + 1]?.split(',') : undefined;
    const locales = process.argv.includes('--locales') ? process.argv[process.argv.indexOf('--locales') + 1]?.split(',') : undefined;
    if (
      !(await benchWholeSets({
        build: !process.argv.includes('--no-build'),
        tools: !process.argv.includes('--no-tools'),
        dev: process.argv.includes('--dev'),
        products,
        locales,
      }))
    )
      failures.push('whole doc sets');
  }
  if (!only || only === 'search') {
    if (!(await benchSearch())) failures.push('search');
  }
  if (!only || only === 'pagefind') {
    if (!(await benchPagefind())) failures.push('search against Pagefind');
  }
  if (!only || only === 'lighthouse') {
    if (!(await benchLighthouse())) failures.push('Lighthouse');
  }
  if (failures.length) {
    console.log(`over target: ${failures.join(', ')}`);
    process.exitCode = 1;
  }
}

void main();

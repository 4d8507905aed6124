import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {LOCALIZED_SEEDS, readSeed} from '../../src/core/markdown/__tests__/seeds';
import {localizedDocDir} from '../../src/core/i18n/paths';
import remarkBilingualSegments from '../../src/docusaurus/remark/bilingualSegments';
import remarkHeadingAnchors from '../../src/docusaurus/remark/headingAnchors';
import {formatRatio, timeMedian} from './measure';

const TARGET_BYTES = 10 * 1024 * 1024;

/** The localized seeds as separate files, cycled until they add up to at least 10 MB. */
function corpus(): VFile[] {
  const seeds = LOCALIZED_SEEDS.map((s) => ({text: readSeed(s.name), path: `${localizedDocDir(s.locale)}/${s.name}`}));
  const files: VFile[] = [];
  let bytes = 0;
  for (let i = 0; bytes < TARGET_BYTES; i++) {
    const seed = seeds[i % seeds.length];
    if (!seed) throw new Error('no seeds to build the corpus from');
    files.push(new VFile({value: seed.text, path: seed.path}));
    bytes += Buffer.byteLength(seed.text);
  }
  return files;
}

/** remark-parse alone versus remark-parse plus the segment plugin, over the same files in the same run. */
export function benchSegmentPlugin(): {baselineMs: number; pluginMs: number; ratio: number; megabytes: number} {
  const files = corpus();
  const base = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm);
  const withPlugin = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkHeadingAnchors).use(remarkBilingualSegments);
  const baselineMs = timeMedian(() => {
    for (const file of files) base.runSync(base.parse(file), file);
  });
  const pluginMs = timeMedian(() => {
    for (const file of files) withPlugin.runSync(withPlugin.parse(file), file);
  });
  const megabytes = files.reduce((n, f) => n + Buffer.byteLength(String(f.value)), 0) / 1024 / 1024;
  console.log(`segment plugin: ${files.length} localized files, ${megabytes.toFixed(1)} MB`);
  console.log(`  remark-parse alone:           ${baselineMs.toFixed(0)} ms`);
  console.log(`  remark-parse + segment plugin: ${pluginMs.toFixed(0)} ms`);
  console.log(`  ratio: ${formatRatio(pluginMs, baselineMs)} (target ≤ 1.25×)`);
  return {baselineMs, pluginMs, ratio: pluginMs / baselineMs, megabytes};
}

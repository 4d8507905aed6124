import {spawnSync} from 'node:child_process';
import {join} from 'node:path';

export const SITE = join(__dirname, '../..');
/** This repository's Docusaurus CLI, run for our site and for the plain baseline site alike. */
export const DOCUSAURUS = join(SITE, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');

/**
 * `docusaurus build` of a site into outDir, with Node's `nodeFlags` (ours: BUILD_NODE_FLAGS, as
 * `npm run build` runs it; the plain site: none), returning what it printed; a failure throws with
 * the end of its output.
 */
export function docusaurusBuild(siteDir: string, outDir: string, env: NodeJS.ProcessEnv = {}, nodeFlags: readonly string[] = []): string {
  const result = spawnSync(process.execPath, [...nodeFlags, DOCUSAURUS, 'build', '--out-dir', outDir], {
    cwd: siteDir,
    env: {...process.env, ...env},
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (result.status !== 0) throw new Error(`docusaurus build failed in ${siteDir}:\n${result.stderr.slice(-4000)}`);
  return result.stdout;
}

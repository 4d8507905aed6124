import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createSiteServer} from '../../src/server/createSiteServer';
import {isBuildStale} from '../buildFreshness';
import {freePort} from '../freePort';
import {DOCUSAURUS, docusaurusBuild, SITE} from './docusaurus';
import {createPlainSite} from './plainSite';
import {scorePages} from './lighthouse';

const OUR_PAGES = ['/', '/zh-TW/docs/websockets', '/zh-TW/docs/3427-websocketcloseoutputsent', '/pt-BR/docs/websockets'];

/** Serves a plain classic site's build with `docusaurus serve`, as its users would. */
async function docusaurusServe(siteDir: string, outDir: string): Promise<{url: string; stop(): void}> {
  const port = await freePort();
  const child = spawn(process.execPath, [DOCUSAURUS, 'serve', '--dir', outDir, '--host', '127.0.0.1', '--port', String(port), '--no-open'], {
    cwd: siteDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`docusaurus serve did not start: ${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        done(match[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
  });
  return {url, stop: () => child.kill()};
}

/**
 * Lighthouse 12 on Debian's Chromium: our home page and localized doc pages served by our server,
 * and the same zh-TW doc page of a plain classic site served by `docusaurus serve`, in this run.
 */
export async function benchLighthouse(): Promise<boolean> {
  if (isBuildStale(SITE)) {
    const build = spawnSync('npm', ['run', 'build'], {cwd: SITE, stdio: 'inherit'});
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  console.log('Lighthouse (mobile: medians of 3 runs; targets: mobile performance ≥ 90, desktop ≥ 99, accessibility, best practices and SEO 100):');
  const site = await createSiteServer({host: '127.0.0.1', port: 0, log: () => undefined});
  let ok: boolean;
  try {
    ok = await scorePages('ours', site.url, OUR_PAGES);
  } finally {
    await site.close();
  }
  const plain = await createPlainSite(SITE, {faster: true});
  const out = mkdtempSync(join(tmpdir(), 'plain-build-'));
  try {
    docusaurusBuild(plain, out);
    const served = await docusaurusServe(plain, out);
    try {
      await scorePages('plain classic (baseline)', served.url, ['/zh-TW/docs/websockets']);
    } finally {
      served.stop();
    }
  } finally {
    rmSync(plain, {recursive: true, force: true});
    rmSync(out, {recursive: true, force: true});
  }
  return ok;
}

import {existsSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {DEFAULT_LOCALE, LOCALES} from '../src/core/i18n/locales';

/** What a site build depends on: if any of it is newer than the build, the build is stale. */
export const BUILD_SOURCES = ['docs', 'i18n', 'src', 'static', 'docusaurus.config.ts', 'sidebars.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === '__tests__' || entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Stale when any locale's pages are missing (a one-locale build) or older than a source. */
export function isBuildStale(siteDir: string, buildDir = join(siteDir, 'build')): boolean {
  const markers = LOCALES.map((l) => join(buildDir, l === DEFAULT_LOCALE ? '' : l, 'index.html'));
  if (!markers.every((m) => existsSync(m))) return true;
  const built = Math.min(...markers.map((m) => statSync(m).mtimeMs));
  return BUILD_SOURCES.some((source) => newestMtime(join(siteDir, source)) > built);
}

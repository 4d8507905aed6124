/**
 * Where a Docusaurus site with localized docs keeps things: every path convention of the site and
 * the CLI in one place, as `@docusaurus/utils` keeps `getPluginI18nPath`. Pure string functions, so
 * they work on site-relative paths and on absolute ones alike.
 */

/** The English pages, relative to the site root. */
export const ENGLISH_DOCS_DIR = 'docs';

const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';
const SEP = '[\\\\/]';
const LOCALIZED_DOCS = new RegExp(`(${SEP})i18n${SEP}[^\\\\/]+${SEP}${DOCS_PLUGIN}${SEP}current(${SEP})`);
const DOCS_ROOT = new RegExp(`^(.*${SEP}(?:${ENGLISH_DOCS_DIR}|i18n${SEP}[^\\\\/]+${SEP}${DOCS_PLUGIN}${SEP}current))${SEP}`);
const LOCALE_OF_PATH = new RegExp(`(?:^|${SEP})i18n${SEP}([^\\\\/]+)${SEP}`);

/** Where Docusaurus looks for a localized doc, relative to the site root. */
export function localizedDocDir(locale: string): string {
  return `i18n/${locale}/${DOCS_PLUGIN}/current`;
}

/** Glob of every localized doc, for file watchers. */
export function localizedDocsGlob(siteDir: string): string {
  return `${siteDir}/i18n/*/${DOCS_PLUGIN}/**/*.md`;
}

/** The locale of a content file, from its `i18n/<locale>/…` path; undefined for default-locale files. */
export function localeOfPath(path: string | undefined): string | undefined {
  if (!path) return undefined;
  return LOCALE_OF_PATH.exec(path)?.[1];
}

/** The English page a localized doc was translated from; undefined when the path is not a localized doc. */
export function englishPathOf(localizedPath: string): string | undefined {
  const english = localizedPath.replace(LOCALIZED_DOCS, `$1${ENGLISH_DOCS_DIR}$2`);
  return english === localizedPath ? undefined : english;
}

/**
 * Where a file a page refers to by a relative path may be: beside the page, then, for a localized
 * page, beside its English page (a localized copy shares the English article's samples and media).
 */
export function sharedFileCandidates(pagePath: string, relativePath: string): string[] {
  const dir = (path: string) => path.replace(/[\\/][^\\/]*$/, '');
  const own = normalizeJoin(dir(pagePath), relativePath);
  const english = englishPathOf(pagePath);
  return english === undefined ? [own] : [own, normalizeJoin(dir(english), relativePath)];
}

/** `dir/relative` with `.` and `..` resolved, slashes as in `dir`. */
function normalizeJoin(dir: string, relative: string): string {
  const separator = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  const parts = dir.split(/[\\/]/);
  for (const part of relative.split(/[\\/]/)) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join(separator);
}

/** The docs folder (English or localized) that a page lies in, for links between pages. */
export function docsRootOf(path: string): string | undefined {
  return DOCS_ROOT.exec(path)?.[1];
}

const L10N_DATA_PREFIX = 'l10n-';

/** A locale's translation memory, relative to the site root. */
export function memoryPath(locale: string): string {
  return `i18n/${locale}/${L10N_DATA_PREFIX}memory.json`;
}

/** The live demo's UI strings of a locale (`en`: the English), relative to the site root. */
export function demoStringsPath(locale: string): string {
  return `src/core/i18n/demoStrings/${locale}.json`;
}

/** A locale's glossary (CSV: en,<locale>,note), relative to the site root. */
export function glossaryPath(locale: string): string {
  return `i18n/${locale}/${L10N_DATA_PREFIX}glossary.csv`;
}

/** Our own data files in a locale's folder, which are not Docusaurus translation files. */
export function isL10nDataFile(name: string): boolean {
  return name.startsWith(L10N_DATA_PREFIX);
}

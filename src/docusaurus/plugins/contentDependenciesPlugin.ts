import {existsSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {ENGLISH_DOCS_DIR} from '../../core/i18n/paths';

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

/** The file the docs plugin makes every page's MDX module depend on, and the copy we give the modules instead. */
const DOCS_DEPENDENCY = '__mdx-loader-dependency.json';
const STABLE_COPY = '__mdx-loader-dependency.stable.json';

/** The stable copy of a docs plugin's dependency file, rewritten only when the file's content changed. */
function syncStableCopy(dependency: string): string {
  const copy = join(dirname(dependency), STABLE_COPY);
  const content = readFileSync(dependency, 'utf8');
  if (!existsSync(copy) || readFileSync(copy, 'utf8') !== content) writeFileSync(copy, content);
  return copy;
}

/**
 * Rules of the MDX loader given the docs plugin's dependency file: each gets the stable copy instead.
 * Docusaurus rewrites that file whenever it makes its plugins again, which the dev server does on any
 * change under i18n/<locale>/ (a translator's save): rewritten, even with the same content, it made
 * the bundler compile every page again (over 3 minutes on the whole zh-TW set).
 */
function giveStableCopies(rules: unknown[]): void {
  for (const rule of rules) {
    if (!rule || typeof rule !== 'object') continue;
    const {use, oneOf, rules: inner} = rule as {use?: unknown; oneOf?: unknown[]; rules?: unknown[]};
    for (const entry of Array.isArray(use) ? use : [use]) {
      const options = (entry as {options?: {dependencies?: unknown}} | undefined)?.options;
      if (Array.isArray(options?.dependencies)) {
        options.dependencies = options.dependencies.map((d) => (typeof d === 'string' && d.endsWith(DOCS_DEPENDENCY) ? syncStableCopy(d) : d));
      }
    }
    if (oneOf) giveStableCopies(oneOf);
    if (inner) giveStableCopies(inner);
  }
}

/**
 * What the bundler must know a page's module depends on.
 * - Our remark plugins read files besides the page they compile: sample code (code includes), the
 *   xref map, and the English page (for a localized page's drift). The bundler's persistent cache
 *   only knows each page's own file, so these are declared as cache build dependencies: when one
 *   changes, the cache is rebuilt instead of serving pages compiled from the old file.
 * - The docs plugin's options file, through a copy that changes only with its content (see giveStableCopies).
 */
export default function contentDependenciesPlugin(context: {siteDir: string; generatedFilesDir: string}): Plugin {
  return {
    name: 'content-dependencies',
    // On the dev server's full reload the docs plugin has just rewritten its file: the copy follows
    // only if the content changed.
    loadContent() {
      const docsData = join(context.generatedFilesDir, 'docusaurus-plugin-content-docs');
      if (!existsSync(docsData)) return;
      for (const id of readdirSync(docsData)) {
        const dependency = join(docsData, id, DOCS_DEPENDENCY);
        if (existsSync(dependency)) syncStableCopy(dependency);
      }
    },
    configureWebpack(config) {
      giveStableCopies(config.module?.rules ?? []);
      const experiments = config.experiments as {cache?: {type?: string}} | undefined;
      if (experiments?.cache?.type !== 'persistent') return {};
      const files = [...allFiles(join(context.siteDir, ENGLISH_DOCS_DIR)), join(context.siteDir, 'src/data/xrefmap.json')];
      return {experiments: {cache: {buildDependencies: files}}} as object;
    },
  };
}

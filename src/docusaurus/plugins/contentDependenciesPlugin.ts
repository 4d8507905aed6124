import {readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {ENGLISH_DOCS_DIR} from '../../core/i18n/paths';

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

/**
 * Our remark plugins read files besides the page they compile: sample code (code includes), the
 * xref map, and the English page (for a localized page's drift). The bundler's persistent cache only
 * knows each page's own file, so these are declared as cache build dependencies: when one changes,
 * the cache is rebuilt instead of serving pages compiled from the old file.
 */
export default function contentDependenciesPlugin(context: {siteDir: string}): Plugin {
  return {
    name: 'content-dependencies',
    configureWebpack(config) {
      const experiments = config.experiments as {cache?: {type?: string}} | undefined;
      if (experiments?.cache?.type !== 'persistent') return {};
      const files = [...allFiles(join(context.siteDir, ENGLISH_DOCS_DIR)), join(context.siteDir, 'src/data/xrefmap.json')];
      return {experiments: {cache: {buildDependencies: files}}} as object;
    },
  };
}

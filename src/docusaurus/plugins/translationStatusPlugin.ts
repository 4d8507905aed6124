import {statSync} from 'node:fs';
import {join} from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {docRouteOf, TRANSLATED_IN_KEY, translatedInOf, type TranslatedIn} from '../../core/i18n/alternates';
import {LOCALES, isTranslatedLocale} from '../../core/i18n/locales';
import {docsRootOf, ENGLISH_DOCS_DIR, localizedDocDir, localizedDocsGlob} from '../../core/i18n/paths';
import {markdownFiles} from '../../project/markdownFiles';
import {loadProject} from '../../project/project';
import type {AnalyzedPage} from '../../project/analyzedPages';
import {computeStatus, type LocaleStatus} from '../../project/status';
import {rememberEnglishSentences} from '../englishSentenceCache';

/** Every content file with its size and modification time: when none changed, the status has not either. */
function fingerprint(siteDir: string): string {
  const dirs = [ENGLISH_DOCS_DIR, ...LOCALES.filter(isTranslatedLocale).map((l) => localizedDocDir(l))].map((d) => join(siteDir, d));
  return dirs.flatMap((dir) => markdownFiles(dir).map((file) => `${file}\t${statSync(file).size}\t${statSync(file).mtimeMs}`)).join('\n');
}

// A production build runs every locale in one process and loads this module once (see
// docusaurus.config.ts): the status of all locales is computed once, not once per locale.
let last: {key: string; status: Promise<LocaleStatus[]>; translatedIn: Promise<TranslatedIn>} | undefined;

function siteStatus(siteDir: string): NonNullable<typeof last> {
  const key = fingerprint(siteDir);
  if (last?.key !== key) {
    // The drift plugin compares every localized page with these English sentences again.
    const onPage = ({page, english, sentences}: AnalyzedPage) => rememberEnglishSentences(join(siteDir, ENGLISH_DOCS_DIR, page), english, sentences);
    const status = computeStatus(loadProject(siteDir), {onPage});
    last = {key, status, translatedIn: status.then(translatedInOf)};
  }
  return last;
}

/**
 * Where each doc page is translated, for the front matter of every doc page (parseFrontMatter runs
 * per file: it takes the status the plugin computed, and computes it only if none was).
 */
function siteTranslatedIn(siteDir: string): Promise<TranslatedIn> {
  return (last ?? siteStatus(siteDir)).translatedIn;
}

/** A doc page's front matter with the locales that translate it (TRANSLATED_IN_KEY); other pages' as they are. */
export async function withTranslatedIn(siteDir: string, filePath: string, frontMatter: Record<string, unknown>): Promise<Record<string, unknown>> {
  const root = docsRootOf(filePath);
  if (!root) return frontMatter;
  const page = filePath.slice(root.length + 1).replaceAll('\\', '/');
  return {...frontMatter, [TRANSLATED_IN_KEY]: (await siteTranslatedIn(siteDir))[docRouteOf(page)] ?? []};
}

/** Computes `l10n status` at build time and hands it to the translation status page. */
export default function translationStatusPlugin(context: {siteDir: string; baseUrl: string}): Plugin<unknown> {
  return {
    name: 'translation-status',
    loadContent: () => siteStatus(context.siteDir).status,
    contentLoaded: async ({content, actions}) => {
      const locales = content as LocaleStatus[];
      // The status page loads the status for itself, and each doc page where it is translated (its
      // front matter): in globalData it would be in every page's JavaScript.
      const status = await actions.createData('translation-status.json', JSON.stringify(locales));
      actions.addRoute({
        path: `${context.baseUrl}translation-status`,
        component: '@site/src/components/TranslationStatus/StatusPage.tsx',
        exact: true,
        modules: {status},
      });
    },
    getPathsToWatch: () => [`${context.siteDir}/${ENGLISH_DOCS_DIR}/**/*.md`, localizedDocsGlob(context.siteDir)],
  };
}

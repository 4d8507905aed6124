import {statSync} from 'node:fs';
import {join} from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {translatedInOf, type TranslatedIn} from '../../core/i18n/alternates';
import {LOCALES, isTranslatedLocale} from '../../core/i18n/locales';
import {ENGLISH_DOCS_DIR, localizedDocDir, localizedDocsGlob} from '../../core/i18n/paths';
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
let last: {key: string; status: Promise<LocaleStatus[]>} | undefined;

/** What the plugin hands to every page: where each doc page is translated (the status itself is the status page's own data). */
export interface TranslationStatusData {
  translatedIn: TranslatedIn;
}

/** Computes `l10n status` at build time and hands it to the translation status page (and the pages' hreflang). */
export default function translationStatusPlugin(context: {siteDir: string; baseUrl: string}): Plugin<unknown> {
  return {
    name: 'translation-status',
    loadContent: async () => {
      const key = fingerprint(context.siteDir);
      // The drift plugin compares every localized page with these English sentences again.
      const onPage = ({page, english, sentences}: AnalyzedPage) => rememberEnglishSentences(join(context.siteDir, ENGLISH_DOCS_DIR, page), english, sentences);
      if (last?.key !== key) last = {key, status: computeStatus(loadProject(context.siteDir), {onPage})};
      return last.status;
    },
    contentLoaded: async ({content, actions}) => {
      const locales = content as LocaleStatus[];
      // Which locales translate each doc page: a page's hreflang alternates name only those.
      actions.setGlobalData({translatedIn: translatedInOf(locales)} satisfies TranslationStatusData);
      // The status page loads the status for itself: in globalData it would be in every page's JavaScript.
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

import {statSync} from 'node:fs';
import {join} from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {docRouteOf, TRANSLATED_IN_KEY, translatedInOf, type TranslatedIn} from '../../core/i18n/alternates';
import {LOCALES, isTranslatedLocale} from '../../core/i18n/locales';
import {docsRootOf, ENGLISH_DOCS_DIR, localizedDocDir, localizedDocsGlob} from '../../core/i18n/paths';
import {markdownFiles} from '../../project/markdownFiles';
import {loadProject} from '../../project/project';
import type {AnalyzedPage} from '../../project/analyzedPages';
import {computeStatus, type LocaleStatus, type StatusCache} from '../../project/status';
import type {LocaleRows} from '../../core/l10n/statusTree';
import {rememberEnglishSentences} from '../englishSentenceCache';

/** Every content file with its size and modification time: when none changed, the status has not either. */
function fingerprint(siteDir: string): string {
  const dirs = [ENGLISH_DOCS_DIR, ...LOCALES.filter(isTranslatedLocale).map((l) => localizedDocDir(l))].map((d) => join(siteDir, d));
  return dirs
    .flatMap((dir) =>
      markdownFiles(dir).map((file) => {
        const {size, mtimeMs} = statSync(file);
        return `${file}\t${size}\t${mtimeMs}`;
      }),
    )
    .join('\n');
}

// A production build runs every locale in one process and loads this module once (see
// docusaurus.config.ts): the status of all locales is computed once, not once per locale. The dev
// server evaluates the config and its modules again on a full reload (after any change under
// i18n/<locale>/), so the status and its pages' rows are kept in the process, not in the module:
// a reload reads only the pages whose files changed.
const STATE = Symbol.for('websocket-docs.translationStatus');
interface State {
  last?: {key: string; status: Promise<LocaleStatus[]>; translatedIn: Promise<TranslatedIn>};
  pageRows: StatusCache;
}
const state: State = ((globalThis as {[STATE]?: State})[STATE] ??= {pageRows: new Map()});

function siteStatus(siteDir: string): NonNullable<State['last']> {
  const key = fingerprint(siteDir);
  if (state.last?.key !== key) {
    // The drift plugin compares every localized page with these English sentences again.
    const onPage = ({page, english, sentences}: AnalyzedPage) => rememberEnglishSentences(join(siteDir, ENGLISH_DOCS_DIR, page), english, sentences);
    const status = computeStatus(loadProject(siteDir), {onPage, cache: state.pageRows});
    state.last = {key, status, translatedIn: status.then(translatedInOf)};
  }
  return state.last;
}

/**
 * Where each doc page is translated, for the front matter of every doc page (parseFrontMatter runs
 * per file: it takes the status the plugin computed, and computes it only if none was).
 */
function siteTranslatedIn(siteDir: string): Promise<TranslatedIn> {
  return (state.last ?? siteStatus(siteDir)).translatedIn;
}

/** A doc page's front matter with the locales that translate it (TRANSLATED_IN_KEY); other pages' as they are. */
export async function withTranslatedIn(siteDir: string, filePath: string, frontMatter: Record<string, unknown>): Promise<Record<string, unknown>> {
  const root = docsRootOf(filePath);
  if (!root) return frontMatter;
  const page = filePath.slice(root.length + 1).replaceAll('\\', '/');
  return {...frontMatter, [TRANSLATED_IN_KEY]: (await siteTranslatedIn(siteDir))[docRouteOf(page)] ?? []};
}

/** What the status page shows of a locale's status, and no more: it is the page's whole download. */
export function statusPageRows({locale, percent, total, translated, stale, untranslated, pages}: LocaleStatus): LocaleRows {
  return {
    locale,
    percent,
    total,
    translated,
    stale,
    untranslated,
    pages: pages.map((p) => ({
      page: p.page,
      ...(p.title ? {title: p.title} : {}),
      exists: p.exists,
      total: p.total,
      translated: p.translated,
      stale: p.stale,
      untranslated: p.untranslated,
      obsolete: p.obsolete,
    })),
  };
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
      const status = await actions.createData('translation-status.json', JSON.stringify(locales.map(statusPageRows)));
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

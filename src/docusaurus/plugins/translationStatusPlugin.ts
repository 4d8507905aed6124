import type {Plugin} from '@docusaurus/types';
import {ENGLISH_DOCS_DIR, localizedDocsGlob} from '../../core/i18n/paths';
import {loadProject} from '../../project/project';
import {computeStatus} from '../../project/status';

/** Computes `l10n status` at build time and hands it to the translation status page. */
export default function translationStatusPlugin(context: {siteDir: string}): Plugin<unknown> {
  return {
    name: 'translation-status',
    loadContent: async () => computeStatus(loadProject(context.siteDir)),
    contentLoaded: async ({content, actions}) => {
      actions.setGlobalData(content);
    },
    getPathsToWatch: () => [`${context.siteDir}/${ENGLISH_DOCS_DIR}/**/*.md`, localizedDocsGlob(context.siteDir)],
  };
}

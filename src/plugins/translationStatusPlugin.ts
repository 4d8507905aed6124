import type {Plugin} from '@docusaurus/types';
import {loadProject} from '../../scripts/l10n/lib/project';
import {computeStatus, type LocaleStatus} from '../../scripts/l10n/lib/status';

/** Computes `l10n status` at build time and hands it to the translation status page. */
export default function translationStatusPlugin(context: {siteDir: string}): Plugin<unknown> {
  return {
    name: 'translation-status',
    // Through the l10n parse cache: each locale's build asks again, and only the first one parses.
    loadContent: async () => {
      const project = loadProject(context.siteDir, {cache: true});
      const status = computeStatus(project);
      project.saveCache();
      return status;
    },
    contentLoaded: async ({content, actions}) => {
      actions.setGlobalData(content as LocaleStatus[]);
    },
    getPathsToWatch: () => [`${context.siteDir}/docs/**/*.md`, `${context.siteDir}/i18n/*/docusaurus-plugin-content-docs/**/*.md`],
  };
}

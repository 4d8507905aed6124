import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {ENGLISH_DOCS_DIR, localizedDocDir} from '../../core/i18n/paths';
import {splitFrontMatter} from '../../core/markdown/frontMatter';
import {msDateToIso} from '../../core/markdown/msDate';
import {markdownFiles} from '../../project/markdownFiles';

/** Every page's `ms.date` in the long form of one locale, e.g. "2018年6月28日". */
export function formatPageDates(files: string[], locale: string): Record<string, string> {
  const format = new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'});
  const dates: Record<string, string> = {};
  for (const file of files) {
    const iso = msDateToIso(splitFrontMatter(readFileSync(file, 'utf8')).data['ms.date']);
    if (iso) dates[iso] = format.format(new Date(`${iso}T00:00:00Z`));
  }
  return dates;
}

/**
 * Formats the pages' dates at build time, for the locale being built. In the browser, the first
 * Intl.DateTimeFormat of a locale loads its data during hydration: tens of milliseconds on a phone.
 */
export default function localDatesPlugin(context: LoadContext): Plugin<unknown> {
  const {siteDir, i18n} = context;
  const dirs = [join(siteDir, ENGLISH_DOCS_DIR), join(siteDir, localizedDocDir(i18n.currentLocale))];
  return {
    name: 'local-dates',
    loadContent: async () => formatPageDates(dirs.flatMap(markdownFiles), i18n.currentLocale),
    contentLoaded: async ({content, actions}) => actions.setGlobalData(content),
    getPathsToWatch: () => dirs.map((dir) => `${dir}/**/*.md`),
  };
}

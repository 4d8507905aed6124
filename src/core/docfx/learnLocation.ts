/**
 * Where an imported doc set is published on Microsoft Learn, kept beside its English pages as
 * `docfx-set.json` (`{"learnUrl": "https://learn.microsoft.com/ef/"}`, the URL of the set's root
 * folder, without a locale): links to pages of the set that were not imported go there, in the
 * reader's language.
 */
export const SET_FILE = 'docfx-set.json';

export interface DocSetLocation {
  learnUrl: string;
}

/** The set file's content, or a TypeError that says what is wrong. */
export function parseSetFile(json: string): DocSetLocation {
  const data = JSON.parse(json) as {learnUrl?: unknown};
  if (typeof data.learnUrl !== 'string' || !/^https:\/\/[^/\s]+\/(?:[^\s]*\/)?$/.test(data.learnUrl)) {
    throw new TypeError(`learnUrl must be an https URL ending in "/", got ${JSON.stringify(data.learnUrl)}`);
  }
  return {learnUrl: data.learnUrl};
}

/**
 * The Learn URL of a page of the set, from its path in the set (`core/modeling/keys.md#a`): the
 * locale goes after the host, as Learn writes it (`https://learn.microsoft.com/zh-tw/ef/core/modeling/keys#a`);
 * `index` pages are their folder.
 */
export function learnPageUrl({learnUrl}: DocSetLocation, pathInSet: string, locale: string): string {
  const [path = '', anchor] = pathInSet.split('#');
  const page = path.replace(/\.md$/i, '').replace(/(^|\/)index$/i, '$1');
  const url = new URL(learnUrl);
  const learnLocale = locale === 'en' ? 'en-us' : locale.toLowerCase();
  return `${url.origin}/${learnLocale}${url.pathname}${page}${anchor === undefined ? '' : `#${anchor}`}`;
}

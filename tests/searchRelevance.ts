import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {DEFAULT_LOCALE} from '../src/core/i18n/locales';
import {loadSearchIndex, SEARCH_INDEX_FILE, searchSections} from '../src/core/search/searchIndex';

export interface SearchQuery {
  locale: string;
  kind: string;
  query: string;
  /** Page path (without the locale) and anchor of the section expected in the top 3. */
  expect: string;
}

export const SEARCH_QUERIES = JSON.parse(readFileSync(join(__dirname, '__fixtures__/searchQueries.json'), 'utf8')) as SearchQuery[];

export const localeBase = (locale: string) => (locale === DEFAULT_LOCALE ? '' : `/${locale}`);

/** A locale's search index as built into `buildDir`. */
export function builtIndex(buildDir: string, locale: string) {
  return loadSearchIndex(readFileSync(join(buildDir, localeBase(locale), SEARCH_INDEX_FILE), 'utf8'));
}

/** Each query's top 3 (path#anchor) in its locale's built index, and whether the expected section is among them. */
export function rankQueries(buildDir: string, queries: readonly SearchQuery[] = SEARCH_QUERIES) {
  const indexes = new Map<string, ReturnType<typeof builtIndex>>();
  return queries.map((query) => {
    const index = indexes.get(query.locale) ?? builtIndex(buildDir, query.locale);
    indexes.set(query.locale, index);
    const top = searchSections(index, query.query, 3).map((hit) => `${hit.path}#${hit.anchor}`);
    return {...query, top, found: top.includes(`${localeBase(query.locale)}${query.expect}`)};
  });
}

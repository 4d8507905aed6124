import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {DEFAULT_LOCALE} from '../src/core/i18n/locales';
import {builtSearch} from '../src/project/builtSearch';

export interface SearchQuery {
  locale: string;
  kind: string;
  query: string;
  /** Page path (without the locale) and anchor of the section expected in the top 3. */
  expect: string;
}

export const SEARCH_QUERIES = JSON.parse(readFileSync(join(__dirname, '__fixtures__/searchQueries.json'), 'utf8')) as SearchQuery[];

export const localeBase = (locale: string) => (locale === DEFAULT_LOCALE ? '' : `/${locale}`);

/** A locale's search as built into `buildDir`: its shards read from the folder. */
export function builtIndex(buildDir: string, locale: string) {
  return builtSearch(join(buildDir, localeBase(locale)));
}

/** Each query's top 3 (path#anchor) in its locale's built index, and whether the expected section is among them. */
export async function rankQueries(buildDir: string, queries: readonly SearchQuery[] = SEARCH_QUERIES) {
  const indexes = new Map<string, ReturnType<typeof builtIndex>>();
  return Promise.all(
    queries.map(async (query) => {
      const index = indexes.get(query.locale) ?? builtIndex(buildDir, query.locale);
      indexes.set(query.locale, index);
      const top = (await index.search(query.query, 3)).map((hit) => `${hit.path}#${hit.anchor}`);
      return {...query, top, found: top.includes(`${localeBase(query.locale)}${query.expect}`)};
    }),
  );
}

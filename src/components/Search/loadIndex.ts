import type MiniSearch from 'minisearch';
import type {SearchSection} from '@site/src/core/search/pageSections';
import {loadSearchIndex} from '@site/src/core/search/searchIndex';

export interface LoadedIndex {
  search?: MiniSearch<SearchSection>;
  error?: true;
}

// One fetch per page load; a failed one is tried again the next time search opens.
const loaded = new Map<string, Promise<LoadedIndex>>();

export function loadIndex(url: string): Promise<LoadedIndex> {
  let pending = loaded.get(url);
  if (!pending) {
    pending = fetch(url)
      .then(async (response) => {
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        return {search: loadSearchIndex(await response.text())};
      })
      .catch((): LoadedIndex => {
        loaded.delete(url);
        return {error: true};
      });
    loaded.set(url, pending);
  }
  return pending;
}

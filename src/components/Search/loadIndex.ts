import type {SearchHit} from '@site/src/core/search/searchIndex';
import {chunkFile, fragmentFile, SEARCH_MANIFEST, searchShards, type SearchManifest, type ShardSource} from '@site/src/core/search/shardSearch';

export interface LoadedIndex {
  search?: (query: string) => Promise<SearchHit[]>;
  error?: true;
}

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Fetches each file once; a failed fetch is tried again by the next query that needs it. */
function cachedSource(base: string, manifest: SearchManifest): ShardSource {
  const files = new Map<string, Promise<unknown>>();
  const get = <T>(file: string): Promise<T> => {
    let pending = files.get(file);
    if (!pending) {
      pending = json<T>(`${base}${file}`).catch((error: unknown) => {
        files.delete(file);
        throw error;
      });
      files.set(file, pending);
    }
    return pending as Promise<T>;
  };
  return {chunk: (i) => get(chunkFile(manifest.version, i)), fragment: (i) => get(fragmentFile(manifest.version, i))};
}

// The manifest once per page load; a failed one is tried again the next time search opens.
const loaded = new Map<string, Promise<LoadedIndex>>();

/** The locale's search (its base URL ends with '/'): the manifest now, chunks and fragments as queries need them. */
export function loadIndex(base: string): Promise<LoadedIndex> {
  let pending = loaded.get(base);
  if (!pending) {
    pending = json<SearchManifest>(`${base}${SEARCH_MANIFEST}`)
      .then((manifest): LoadedIndex => {
        const source = cachedSource(base, manifest);
        return {search: (query) => searchShards(manifest, source, query)};
      })
      .catch((): LoadedIndex => {
        loaded.delete(base);
        return {error: true};
      });
    loaded.set(base, pending);
  }
  return pending;
}

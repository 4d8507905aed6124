import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {chunkFile, fragmentFile, SEARCH_MANIFEST, searchShards, type SearchManifest, type ShardSource} from '../core/search/shardSearch';

/** A locale's built search index read from its build folder, as the browser reads it over HTTP. */
export function builtSearch(localeDir: string) {
  const manifest = JSON.parse(readFileSync(join(localeDir, SEARCH_MANIFEST), 'utf8')) as SearchManifest;
  const read = (file: string) => Promise.resolve(JSON.parse(readFileSync(join(localeDir, file), 'utf8')));
  const source: ShardSource = {
    chunk: (i) => read(chunkFile(manifest.version, i)),
    fragment: (i) => read(fragmentFile(manifest.version, i)),
  };
  return {manifest, search: (query: string, limit?: number) => searchShards(manifest, source, query, limit)};
}

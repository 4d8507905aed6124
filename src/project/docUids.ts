import {readFileSync} from 'node:fs';
import {relative, sep} from 'node:path';
import type {XrefMap} from '../core/docfx/xref';
import {splitFrontMatter} from '../core/markdown/frontMatter';
import {markdownFiles} from './markdownFiles';

/** The `uid` of every page under docs/, as xref entries: an imported doc set's xrefs to its own pages resolve. */
export function docUids(docsDir: string): XrefMap {
  const map: XrefMap = {};
  for (const file of markdownFiles(docsDir)) {
    const {data} = splitFrontMatter(readFileSync(file, 'utf8'));
    if (typeof data.uid !== 'string' || data.uid === '' || data.uid in map) continue;
    map[data.uid] = {doc: relative(docsDir, file).split(sep).join('/'), name: typeof data.title === 'string' ? data.title : data.uid};
  }
  return map;
}

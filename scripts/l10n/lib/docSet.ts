import {readFileSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import {L10nError} from '../../../src/core/l10n/errors';
import {splitFrontMatter} from '../../../src/core/markdown/frontMatter';
import {markdownFiles} from '../../../src/project/markdownFiles';
import type {ImportInput} from './importPlan';

export interface DocSet {
  /** The localized pages, each named by its path in the set (the same in every locale). */
  inputs: ImportInput[];
  /** Markdown files that are not localized pages (no ms.contentlocale: includes, plain files), relative to the set. */
  notPages: string[];
}

/** The normalized `--into` sub-path of docs/: forward slashes, no leading or trailing slash, no `..`. */
export function normalizeInto(into: string | undefined): string {
  const path = (into ?? '').replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
  if (path.split('/').some((part) => part === '..' || part === '.')) {
    throw new L10nError('ERR_USAGE', `--into must be a path inside docs/ without "." or "..", got ${JSON.stringify(into)}`);
  }
  return path;
}

/**
 * A team's localized doc set, read from its root folder: every Markdown file with ms.contentlocale
 * is a page whose id is its path relative to the root (without `.md`), under `into`. Identity by
 * path, not title: titles collide, change per locale and may have no Latin letters.
 */
export function readDocSet(root: string, into?: string): DocSet {
  const prefix = normalizeInto(into);
  const inputs: ImportInput[] = [];
  const notPages: string[] = [];
  for (const file of markdownFiles(root).sort()) {
    const rel = relative(root, file).split(sep).join('/');
    const text = readFileSync(file, 'utf8');
    if (splitFrontMatter(text).data['ms.contentlocale'] === undefined) {
      notPages.push(rel);
      continue;
    }
    const docId = [prefix, rel.replace(/\.md$/i, '')].filter(Boolean).join('/');
    inputs.push({path: join(root, rel), text, docId});
  }
  return {inputs, notPages};
}

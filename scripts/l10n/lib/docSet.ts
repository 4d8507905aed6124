import {readdirSync, readFileSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import {L10nError} from '../../../src/core/l10n/errors';
import {ENGLISH_DOCS_DIR, localizedDocDir} from '../../../src/core/i18n/paths';
import {splitFrontMatter} from '../../../src/core/markdown/frontMatter';
import type {ImportInput, PlannedWrite} from './importPlan';

export interface DocSet {
  /** The localized pages and include files, each named by its path in the set (the same in every locale). */
  inputs: ImportInput[];
  /** Markdown files with no span pairs and no ms.contentlocale: copied as they are, like media. */
  notPages: string[];
  /** Media, samples and other files the pages refer to, relative to the set, and the locale's table of contents files. */
  assets: string[];
  tocs: string[];
}

/** The normalized `--into` sub-path of docs/: forward slashes, no leading or trailing slash, no `..`. */
export function normalizeInto(into: string | undefined): string {
  const path = (into ?? '').replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
  if (path.split('/').some((part) => part === '..' || part === '.')) {
    throw new L10nError('ERR_USAGE', `--into must be a path inside docs/ without "." or "..", got ${JSON.stringify(into)}`);
  }
  return path;
}

/** Every file under a folder, relative to it with forward slashes; dot files and folders (.git, .openpublishing…) left out. */
function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(root, path) : [relative(root, path).split(sep).join('/')];
  });
}

// DocFX reads a folder's table of contents from toc.yml or, as NuGet's docs have it, TOC.md.
const TOC = /(^|\/)toc\.(yml|md)$/i;
const PAIR = /<span data-ttu-id=/;

/**
 * A team's localized doc set, read from its root folder. Every Markdown file with span pairs or
 * ms.contentlocale is localized: a page (it has a title) or an include file (it has none), named by
 * its path relative to the root (without `.md`), under `into`. Identity by path, not title: titles
 * collide, change per locale and may have no Latin letters. Every other file comes along as it is.
 */
export function readDocSet(root: string, into?: string): DocSet {
  const prefix = normalizeInto(into);
  const set: DocSet = {inputs: [], notPages: [], assets: [], tocs: []};
  for (const rel of filesUnder(root).sort()) {
    if (TOC.test(rel)) {
      set.tocs.push(rel);
      continue;
    }
    if (!/\.md$/i.test(rel)) {
      set.assets.push(rel);
      continue;
    }
    const text = readFileSync(join(root, rel), 'utf8');
    const {data} = splitFrontMatter(text);
    if (data['ms.contentlocale'] === undefined && !PAIR.test(text)) {
      set.notPages.push(rel);
      continue;
    }
    const docId = [prefix, rel.replace(/\.md$/i, '')].filter(Boolean).join('/');
    set.inputs.push({path: join(root, rel), text, docId, ...(data.title === undefined ? {include: true} : {})});
  }
  // An include file often has no front matter: it is in the set's locale.
  const locales = new Set(set.inputs.map((i) => splitFrontMatter(i.text).data['ms.contentlocale']).filter((l) => typeof l === 'string'));
  const [locale] = locales;
  if (locales.size === 1 && typeof locale === 'string') for (const input of set.inputs) input.locale = locale;
  return set;
}

/**
 * Where the set's other files go: media and samples into docs/ beside the English pages, where the
 * localized pages find them too; a file that differs from the one already there (a localized
 * screenshot) into the locale's folder instead. Tables of contents are the locale's own.
 */
export function planAssets(
  root: string,
  set: DocSet,
  locale: string,
  into: string | undefined,
  readExisting: (path: string) => Buffer | undefined,
): PlannedWrite[] {
  const prefix = normalizeInto(into);
  const at = (rel: string) => [prefix, rel].filter(Boolean).join('/');
  const shared = [...set.assets, ...set.notPages].map((rel): PlannedWrite => {
    const content = readFileSync(join(root, rel));
    const english = `${ENGLISH_DOCS_DIR}/${at(rel)}`;
    const existing = readExisting(english);
    return {path: existing === undefined || existing.equals(content) ? english : `${localizedDocDir(locale)}/${at(rel)}`, content};
  });
  const tocs = set.tocs.map((rel) => ({path: `${localizedDocDir(locale)}/${at(rel)}`, content: readFileSync(join(root, rel))}));
  return [...shared, ...tocs];
}

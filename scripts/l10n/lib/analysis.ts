import {createHash} from 'node:crypto';
import {mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync, existsSync} from 'node:fs';
import {join} from 'node:path';
import {deserialize, serialize} from 'node:v8';
import {englishSentences, type EnglishSentence} from '../../../src/l10n/englishSentences';
import type {SpanSegment} from '../../../src/markdown/spanPairs';
import {readLocalizedDoc, type LocalizedDoc} from './localizedDoc';

/** What every command derives from a page's text: the Markdown parse is nearly all of its cost. */
export interface Analyzer {
  localized(path: string, text: string): LocalizedDoc;
  english(text: string): EnglishSentence[];
}

export const directAnalyzer: Analyzer = {localized: readLocalizedDoc, english: englishSentences};

export interface CachedAnalyzer extends Analyzer {
  /** Writes the entries used in this run (and only those, so the file never outgrows the project). */
  save(): void;
  readonly stats: {hits: number; misses: number};
}

type Offsets<T> = Omit<T, 'target' | 'source' | 'text'>;
type LocalizedEntry = Omit<LocalizedDoc, 'path' | 'text' | 'segments'> & {segments: Array<Offsets<SpanSegment>>};
type EnglishEntry = Array<Offsets<EnglishSentence>>;

export const CACHE_DIR = 'node_modules/.cache/l10n';
const CACHE_FILE = 'analysis.v8';

/** The code and parser versions that results depend on: any change starts a fresh cache. */
function fingerprint(): string {
  const hash = createHash('sha256');
  const sourceDirs = [join(__dirname, '../../../src/markdown'), join(__dirname, '../../../src/l10n')];
  for (const dir of sourceDirs) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts')).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  }
  for (const file of [join(__dirname, 'localizedDoc.ts'), __filename]) hash.update(readFileSync(file));
  for (const pkg of ['micromark', 'mdast-util-from-markdown', 'remark-parse', 'remark-gfm', 'remark-frontmatter', 'yaml']) {
    try {
      hash.update(`${pkg}@${(JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as {version: string}).version}`);
    } catch {
      hash.update(`${pkg}@?`);
    }
  }
  hash.update(process.versions.icu ?? '');
  return hash.digest('hex');
}

const keyOf = (kind: string, text: string) => createHash('sha1').update(kind).update('\0').update(text).digest('base64');

function strip<T extends {target?: string; source?: string; text?: string}>(item: T): Offsets<T> {
  const {target: _t, source: _s, text: _x, ...rest} = item;
  return rest as Offsets<T>;
}

/**
 * Caches analyses by the hash of each page's text in `node_modules/.cache/l10n`, like ESLint's
 * `--cache`: an unchanged page is never parsed twice. Only offsets are stored; the strings are
 * sliced back out of the page text, which every command reads anyway.
 */
export function openAnalysisCache(root: string): CachedAnalyzer {
  const dir = join(root, CACHE_DIR);
  const file = join(dir, CACHE_FILE);
  const version = fingerprint();
  let stored = new Map<string, unknown>();
  if (existsSync(file)) {
    try {
      const saved = deserialize(readFileSync(file)) as {version: string; entries: Map<string, unknown>};
      if (saved.version === version) stored = saved.entries;
    } catch {
      // A damaged cache is only a slower run: start empty and overwrite it.
    }
  }
  const used = new Map<string, unknown>();
  // Results already handed out in this run: an English page is asked for once per locale.
  const live = new Map<string, unknown>();
  const stats = {hits: 0, misses: 0};
  let dirty = false;
  const lookup = <E, R>(kind: string, text: string, compute: () => R, toEntry: (r: R) => E, fromEntry: (e: E) => R): R => {
    const key = keyOf(kind, text);
    if (live.has(key)) return live.get(key) as R;
    const entry = stored.get(key) as E | undefined;
    let result: R;
    if (entry !== undefined) {
      stats.hits++;
      used.set(key, entry);
      result = fromEntry(entry);
    } else {
      stats.misses++;
      result = compute();
      used.set(key, toEntry(result));
      dirty = true;
    }
    live.set(key, result);
    return result;
  };

  return {
    stats,
    localized: (path, text) =>
      lookup<LocalizedEntry, LocalizedDoc>(
        'localized',
        text,
        () => readLocalizedDoc(path, text),
        ({path: _p, text: _t, segments, ...rest}) => ({...rest, segments: segments.map(strip)}),
        (entry) => ({
          ...entry,
          path,
          text,
          segments: entry.segments.map((s) => ({...s, target: text.slice(s.targetStart, s.targetEnd), source: text.slice(s.sourceStart, s.sourceEnd)})),
        }),
      ),
    english: (text) =>
      lookup<EnglishEntry, EnglishSentence[]>(
        'english',
        text,
        () => englishSentences(text),
        (sentences) => sentences.map(strip),
        (entry) => entry.map((s) => ({...s, text: text.slice(s.start, s.end)})),
      ),
    save() {
      if (!dirty && used.size === stored.size) return;
      mkdirSync(dir, {recursive: true});
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, serialize({version, entries: used}));
      renameSync(temporary, file);
    },
  };
}

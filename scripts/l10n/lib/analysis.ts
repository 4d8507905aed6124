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

/** Offsets packed in typed arrays: thousands of entries load and stay in memory as a few buffers. */
type LocalizedEntry = Omit<LocalizedDoc, 'path' | 'text' | 'segments'> & {ids: string[]; states: Array<string | null>; offsets: Int32Array};
type EnglishEntry = Int32Array;

const SEGMENT_FIELDS = ['start', 'end', 'targetStart', 'targetEnd', 'sourceStart', 'sourceEnd'] as const;

function packLocalized({path: _p, text: _t, segments, ...rest}: LocalizedDoc): LocalizedEntry {
  const offsets = new Int32Array(segments.length * SEGMENT_FIELDS.length);
  segments.forEach((s, i) => SEGMENT_FIELDS.forEach((field, j) => (offsets[i * SEGMENT_FIELDS.length + j] = s[field])));
  return {...rest, ids: segments.map((s) => s.id), states: segments.map((s) => s.state ?? null), offsets};
}

function unpackLocalized(path: string, text: string, {ids, states, offsets, ...rest}: LocalizedEntry): LocalizedDoc {
  const segments = ids.map((id, i): SpanSegment => {
    const [start, end, targetStart, targetEnd, sourceStart, sourceEnd] = offsets.subarray(i * SEGMENT_FIELDS.length, (i + 1) * SEGMENT_FIELDS.length);
    const segment: SpanSegment = {id, start, end, targetStart, targetEnd, sourceStart, sourceEnd, target: text.slice(targetStart, targetEnd), source: text.slice(sourceStart, sourceEnd)};
    if (states[i] !== null) segment.state = states[i]!;
    return segment;
  });
  return {...rest, path, text, segments};
}

const packEnglish = (sentences: EnglishSentence[]): EnglishEntry => Int32Array.from(sentences.flatMap((s) => [s.start, s.end, s.block]));

function unpackEnglish(text: string, entry: EnglishEntry): EnglishSentence[] {
  const sentences: EnglishSentence[] = [];
  for (let i = 0; i < entry.length; i += 3) sentences.push({start: entry[i], end: entry[i + 1], text: text.slice(entry[i], entry[i + 1]), block: entry[i + 2]});
  return sentences;
}

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
  // English sentences handed out in this run: each page's English is asked for once per locale.
  const englishLive = new Map<string, EnglishSentence[]>();
  const stats = {hits: 0, misses: 0};
  let dirty = false;
  const lookup = <E, R>(key: string, compute: () => R, pack: (r: R) => E, unpack: (e: E) => R): R => {
    const entry = stored.get(key) as E | undefined;
    if (entry !== undefined) {
      stats.hits++;
      used.set(key, entry);
      return unpack(entry);
    }
    stats.misses++;
    const result = compute();
    used.set(key, pack(result));
    dirty = true;
    return result;
  };

  return {
    stats,
    localized: (path, text) =>
      lookup(keyOf('localized', text), () => readLocalizedDoc(path, text), packLocalized, (entry: LocalizedEntry) => unpackLocalized(path, text, entry)),
    english: (text) => {
      const key = keyOf('english', text);
      let sentences = englishLive.get(key);
      if (!sentences) {
        sentences = lookup(key, () => englishSentences(text), packEnglish, (entry: EnglishEntry) => unpackEnglish(text, entry));
        englishLive.set(key, sentences);
      }
      return sentences;
    },
    save() {
      if (!dirty && used.size === stored.size) return;
      try {
        mkdirSync(dir, {recursive: true});
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, serialize({version, entries: used}));
        renameSync(temporary, file);
      } catch (error) {
        // Only a cache: a read-only checkout still gets its answer, just without speeding up the next run.
        process.stderr.write(`warning: could not write the l10n parse cache ${file} (${error instanceof Error ? error.message : String(error)}); the next run parses every page again\n`);
      }
    },
  };
}

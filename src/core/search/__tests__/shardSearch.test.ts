import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {SearchSection} from '../pageSections';
import {createSearchIndex} from './miniSearchReference';
import {buildSearchShards, shardFiles} from '../searchShards';
import {chunkOf, chunksFor, editDistance, fragmentOf, queryTerms, rankSections, SEARCH_MANIFEST, searchShards, typoChunksFor} from '../shardSearch';
import {searchTerms} from '../searchTerms';

// Words that share starts, differ by one letter, and Chinese and Japanese runs that share pairs.
const WORDS = [
  'websocket',
  'websockets',
  'websoket',
  'socket',
  'close',
  'closed',
  'CloseOutputAsync',
  'output',
  'middleware',
  'conexão',
  '中介軟體',
  '軟體',
  '中介',
  'ミドルウェア',
  'ウェア',
  'nginx',
  'proxy',
  'proxies',
];

const section = fc.record({
  title: fc.array(fc.constantFrom(...WORDS), {minLength: 1, maxLength: 3}),
  heading: fc.array(fc.constantFrom(...WORDS), {maxLength: 3}),
  sentences: fc.array(fc.array(fc.constantFrom(...WORDS), {minLength: 1, maxLength: 8}), {maxLength: 6}),
  code: fc.array(fc.constantFrom(...WORDS), {maxLength: 3}),
});

const toSections = (drawn: Array<{title: string[]; heading: string[]; sentences: string[][]; code: string[]}>): SearchSection[] =>
  drawn.map((d, i) => ({
    path: `/docs/p${Math.floor(i / 3)}`,
    anchor: `s${i}`,
    title: d.title.join(' '),
    heading: d.heading.join(' '),
    sentences: d.sentences.map((words) => ({t: words.join(' ')})),
    code: d.code.join(' '),
  }));

function naiveDistance(a: string, b: string): number {
  const rows = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      rows[i]![j] = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return rows[a.length]![b.length]!;
}

describe('rankSections', () => {
  it('ranks as MiniSearch ranks the whole index: same sections, same scores to rounding', () => {
    fc.assert(
      fc.property(
        fc.array(section, {minLength: 1, maxLength: 12}),
        fc.array(fc.constantFrom(...WORDS, 'websock', 'clos', '軟', 'midlewares'), {minLength: 1, maxLength: 3}),
        (drawn, words) => {
          const sections = toSections(drawn);
          const query = words.join(' ');
          const shards = buildSearchShards(sections, {chunkBytes: Infinity});
          const ours = rankSections(shards.chunks, queryTerms(query));
          const theirs = createSearchIndex(sections)
            .search(query)
            .map((r) => ({section: sections.findIndex((s) => `${s.path}#${s.anchor}` === r.id), score: r.score, terms: r.terms}));
          expect(ours.map((r) => r.section).sort()).toEqual(theirs.map((r) => r.section).sort());
          for (const mine of ours) {
            const theirsOf = theirs.find((r) => r.section === mine.section);
            // Scores travel as integers (×100): each posting rounds by at most 0.005; a section's score
            // sums one posting per (query term, word) pair, times the number of query terms matched.
            const q = queryTerms(query).length;
            expect(Math.abs(mine.score - (theirsOf?.score ?? NaN))).toBeLessThanOrEqual(0.005 * mine.terms.length * q * q + 1e-9);
            expect(new Set(mine.terms)).toEqual(new Set(theirsOf?.terms));
          }
        },
      ),
      {numRuns: 150},
    );
  });

  it('finds every section holding a word, however finely the vocabulary is cut', () => {
    fc.assert(
      fc.property(fc.array(section, {minLength: 1, maxLength: 12}), fc.constantFrom(...WORDS), fc.integer({min: 1, max: 400}), (drawn, word, chunkBytes) => {
        const sections = toSections(drawn);
        const shards = buildSearchShards(sections, {chunkBytes});
        const terms = queryTerms(word).map((t) => ({...t, prefix: false, fuzzy: 0}));
        const wanted = chunksFor(shards.manifest, terms);
        const found = new Set(
          rankSections(
            wanted.map((i) => shards.chunks[i]!),
            terms,
          ).map((r) => r.section),
        );
        const holding = sections.flatMap((s, i) => {
          const text = [s.title, s.heading, s.code, ...s.sentences.map((x) => x.t)].join(' ');
          return terms.every((t) => searchTerms(text).includes(t.term)) ? [i] : [];
        });
        for (const i of holding) expect(found).toContain(i);
      }),
      {numRuns: 150},
    );
  });
});

describe('chunksFor', () => {
  it('reads at most two chunks per query term, and two more for a term that is not a word of the index, whatever the vocabulary', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({minLength: 1, maxLength: 6}), {minLength: 1, maxLength: 200}), fc.string({maxLength: 12}), (firsts, query) => {
        const manifest = {version: 'v', chunks: [...firsts].sort(), fragments: [], parts: []};
        const terms = queryTerms(query);
        const first = chunksFor(manifest, terms);
        expect(first.length).toBeLessThanOrEqual(2 * terms.length);
        // Chunks that hold only their first term: a term of the query is a word of the index when it begins one.
        const loaded = new Map(first.map((i) => [i, {terms: [manifest.chunks[i]!], postings: [[]]}]));
        const typos = typoChunksFor(manifest, terms, loaded);
        expect(typos.length).toBeLessThanOrEqual(2 * terms.filter((t) => t.fuzzy > 0 && !manifest.chunks.includes(t.term)).length);
        expect(typos.filter((i) => loaded.has(i))).toEqual([]);
        for (const t of terms) {
          const own = chunkOf(manifest, t.term);
          // The term's own chunk is the last that starts at or before it.
          expect(own === 0 || manifest.chunks[own]! <= t.term).toBe(true);
          expect(own === manifest.chunks.length - 1 || manifest.chunks[own + 1]! > t.term).toBe(true);
        }
      }),
    );
  });
});

describe('editDistance', () => {
  it('is the Levenshtein distance when within the bound, and undefined past it', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 10}), fc.string({maxLength: 10}), fc.integer({min: 0, max: 3}), (a, b, max) => {
        const distance = naiveDistance(a, b);
        expect(editDistance(a, b, max)).toBe(distance <= max ? distance : undefined);
      }),
    );
  });
});

describe('buildSearchShards', () => {
  it('numbers sections fragment after fragment, and names files under a version that changes with the content', () => {
    const sections = toSections([
      {title: ['close'], heading: [], sentences: [['websocket', 'proxy']], code: []},
      {title: ['nginx'], heading: ['proxy'], sentences: [['中介軟體']], code: ['CloseOutputAsync']},
      {title: ['socket'], heading: [], sentences: [], code: []},
    ]);
    const shards = buildSearchShards(sections, {fragmentBytes: 1});
    expect(shards.manifest.fragments).toEqual([1, 1, 1]);
    expect(fragmentOf(shards.manifest, 2)).toEqual({fragment: 2, offset: 0});
    expect(fragmentOf(shards.manifest, 3)).toBeUndefined();
    const files = shardFiles(shards).map((f) => f.file);
    expect(files[0]).toBe(SEARCH_MANIFEST);
    expect(files.slice(1).every((f) => f.startsWith(`search/${shards.manifest.version}/`))).toBe(true);
    const changed = buildSearchShards([...sections.slice(0, 2), {...sections[2]!, title: 'sockets'}], {fragmentBytes: 1});
    expect(changed.manifest.version).not.toBe(shards.manifest.version);
  });

  it('keeps the best-scoring sections of a term that is everywhere, up to the bound', () => {
    const sections = toSections(
      Array.from({length: 30}, (_, i) => ({title: ['nginx'], heading: [], sentences: [Array.from({length: 1 + (i % 7)}, () => 'proxy')], code: []})),
    );
    const shards = buildSearchShards(sections, {maxPostings: 5});
    const at = shards.chunks[0]!.terms.indexOf('proxy');
    expect(shards.chunks[0]!.postings[at]!.length).toBe(10);
    // The five kept are those where "proxy" says most (six or seven times in one sentence).
    const ranked = rankSections(shards.chunks, queryTerms('proxy')).map((r) => r.section);
    expect(ranked.every((i) => i % 7 >= 5)).toBe(true);
  });
});

describe('searchShards on a long section', () => {
  it('indexes and stores it in parts, fetches the part that matched, and names the section once', async () => {
    const filler = (n: number) => ({t: `Sentence ${n} says something about websocket frames and nothing more of interest here.`});
    const long: SearchSection = {
      path: '/docs/long',
      anchor: 'all',
      title: 'Long',
      heading: 'All of it',
      sentences: [...Array.from({length: 120}, (_, n) => filler(n)), {t: 'The nginx proxy closes idle sockets.'}],
      code: '',
    };
    const short: SearchSection = {path: '/docs/short', anchor: '', title: 'Short', heading: 'Short', sentences: [{t: 'A websocket page.'}], code: ''};
    const shards = buildSearchShards([long, short], {partBytes: 1_000, fragmentBytes: 1});
    expect(shards.manifest.parts.length).toBeGreaterThan(3);
    const fetched: number[] = [];
    const source = {
      chunk: (i: number) => Promise.resolve(shards.chunks[i]!),
      fragment: (i: number) => (fetched.push(i), Promise.resolve(shards.fragments[i]!)),
    };
    const [hit, ...rest] = await searchShards(shards.manifest, source, 'nginx proxy');
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({path: '/docs/long', anchor: 'all', sentence: {text: 'The nginx proxy closes idle sockets.'}});
    // Only the last part's fragment: not the whole section.
    expect(fetched).toEqual([shards.fragments.length - 2]);
    // A word in every part: one result for the section, one for the other page.
    expect((await searchShards(shards.manifest, source, 'websocket')).map((h) => h.path)).toEqual(['/docs/long', '/docs/short']);
  });
});

import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {matchesState, matchesText, needsWork, STATE_FILTERS, statusTree, type StatusFolder, type StatusRow} from '../statusTree';

const row = (page: string, counts: Partial<StatusRow> = {}): StatusRow => ({
  page,
  exists: true,
  total: 10,
  translated: 10,
  stale: 0,
  untranslated: 0,
  obsolete: 0,
  ...counts,
});

/** Every page of a tree with the folder path it sits under. */
function walk(folder: StatusFolder, visit: (folder: StatusFolder, depth: number) => void, depth = 0): void {
  visit(folder, depth);
  for (const child of folder.folders) walk(child, visit, depth + 1);
}

describe('the translation status as a tree of doc sets and folders', () => {
  it('groups pages by folder with folder totals, most work first, and shows a folder holding one folder as one step', () => {
    const tree = statusTree(
      [
        row('websockets.md'),
        row('ef-core/core/index.md', {translated: 4, untranslated: 6}),
        row('ef-core/core/modeling/keys.md', {exists: false, translated: 0, untranslated: 10}),
        row('ef-core/core/modeling/owned.md', {translated: 8, stale: 2}),
        row('nuget/docs/a/b/c/deep.md', {translated: 9, stale: 1}),
      ],
      'work',
    );
    expect(tree.pages.map((p) => p.page)).toEqual(['websockets.md']);
    expect(tree.folders.map((f) => [f.name, f.path])).toEqual([
      ['ef-core/core', 'ef-core/core'],
      ['nuget/docs/a/b/c', 'nuget/docs/a/b/c'],
    ]);
    const ef = tree.folders[0]!;
    expect(ef.counts).toEqual({pages: 3, missing: 1, total: 30, translated: 12, stale: 2, untranslated: 16, obsolete: 0});
    // modeling needs 12, its parent's own page 6: the folder comes first.
    expect(ef.folders.map((f) => f.name)).toEqual(['modeling']);
    expect(ef.folders[0]!.pages.map((p) => p.page)).toEqual(['ef-core/core/modeling/keys.md', 'ef-core/core/modeling/owned.md']);
    expect(tree.counts.pages).toBe(5);
    expect(statusTree([row('b.md'), row('a.md', {untranslated: 1})], 'path').pages.map((p) => p.page)).toEqual(['a.md', 'b.md']);
    expect(statusTree([row('b.md'), row('a.md', {untranslated: 1})], 'work').pages.map((p) => p.page)).toEqual(['a.md', 'b.md']);
    expect(statusTree([row('a.md'), row('b.md', {stale: 1})], 'work').pages.map((p) => p.page)).toEqual(['b.md', 'a.md']);
  });

  it('filters by state and by every word of a query in the path or title, ignoring case', () => {
    const page = row('ef-core/modeling/keys.md', {title: 'Keys — 索引鍵', stale: 1});
    expect(STATE_FILTERS.filter((state) => matchesState(page, state))).toEqual(['all', 'needs-work', 'stale']);
    expect(STATE_FILTERS.filter((state) => matchesState(row('a.md', {exists: false, untranslated: 10, translated: 0}), state))).toEqual([
      'all',
      'needs-work',
      'untranslated',
      'missing',
    ]);
    expect(STATE_FILTERS.filter((state) => matchesState(row('a.md'), state))).toEqual(['all', 'done']);
    expect(['', '  ', 'KEYS', 'modeling 索引', 'ef-core keys.md'].map((q) => matchesText(page, q))).toEqual([true, true, true, true, true]);
    expect(['owned', 'keys owned'].map((q) => matchesText(page, q))).toEqual([false, false]);
  });

  const segment = fc.constantFrom('a', 'b', 'docs', 'index.md', '', '..', '.', 'x y', '索引', 'a'.repeat(40));
  const rows = fc.array(
    fc.record({
      parts: fc.array(segment, {minLength: 1, maxLength: 30}),
      exists: fc.boolean(),
      translated: fc.nat(50),
      stale: fc.nat(50),
      untranslated: fc.nat(50),
      obsolete: fc.nat(5),
    }),
    {maxLength: 120},
  );

  it('holds every page once, with totals that add up and an order that holds, on any paths (empty, repeated, 30 deep)', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom('work' as const, 'path' as const), (drafts, order) => {
        const input = drafts.map(({parts, ...c}) => row(parts.join('/'), {...c, total: c.translated + c.stale + c.untranslated}));
        const tree = statusTree(input, order);
        const seen: StatusRow[] = [];
        walk(tree, (folder, depth) => {
          seen.push(...folder.pages);
          const sum = (key: 'pages' | 'total' | 'stale' | 'untranslated' | 'missing') =>
            folder.folders.reduce((n, f) => n + f.counts[key], 0) +
            folder.pages.reduce((n, p) => n + (key === 'pages' ? 1 : key === 'missing' ? Number(!p.exists) : p[key]), 0);
          for (const key of ['pages', 'total', 'stale', 'untranslated', 'missing'] as const) expect(folder.counts[key]).toBe(sum(key));
          for (const page of folder.pages) expect(page.page.startsWith(depth > 0 ? `${folder.path}/` : '')).toBe(true);
          // Only the root may hold a single folder and nothing else: the rest are joined into one step.
          if (depth > 0) expect(folder.folders.length !== 1 || folder.pages.length > 0).toBe(true);
          const works = folder.pages.map(needsWork);
          if (order === 'work') expect(works).toEqual([...works].sort((a, b) => b - a));
          else expect(folder.pages.map((p) => p.page)).toEqual(folder.pages.map((p) => p.page).sort());
        });
        expect(seen).toHaveLength(input.length);
        expect(new Set(seen).size).toBe(input.length);
      }),
      {numRuns: 300},
    );
  });

  it('builds 2,000 pages 40 folders deep, each folder name repeated, in one pass', () => {
    const deep = Array.from({length: 2000}, (_, i) => row(`${'set/'.repeat(40)}${i % 7}/page-${i}.md`, {stale: i % 3}));
    const tree = statusTree(deep, 'work');
    expect(tree.folders).toHaveLength(1);
    expect(tree.folders[0]!.name).toBe(Array(40).fill('set').join('/'));
    expect(tree.counts.pages).toBe(2000);
  });
});

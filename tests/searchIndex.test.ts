import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {LOCALES} from '../src/core/i18n/locales';
import {ensureSiteBuilt} from './siteHarness';
import {builtIndex, localeBase, rankQueries, SEARCH_QUERIES} from './searchRelevance';

const buildDir = join(__dirname, '../build');

describe('the built search indexes', () => {
  beforeAll(() => ensureSiteBuilt(), 300_000);

  it('has at least 40 queries over the four locales, of every kind', () => {
    expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(SEARCH_QUERIES.map((q) => q.locale))).toEqual(new Set(LOCALES));
    expect(new Set(SEARCH_QUERIES.map((q) => q.kind))).toEqual(new Set(['english', 'translation', 'identifier', 'typo', 'demo']));
  });

  it('puts the expected section in the top 3 for at least 95 % of the queries', async () => {
    const ranked = await rankQueries(buildDir);
    const misses = ranked.filter((r) => !r.found).map((r) => `${r.locale} "${r.query}": expected ${r.expect}, got ${r.top.join(', ') || 'nothing'}`);
    expect(misses.length / ranked.length, misses.join('\n')).toBeLessThanOrEqual(0.05);
  });

  it('holds only its own locale’s pages', async () => {
    for (const locale of LOCALES) {
      const base = localeBase(locale);
      const others = LOCALES.filter((l) => l !== locale)
        .map((l) => `${localeBase(l)}/`)
        .filter((prefix) => prefix !== '/');
      const index = builtIndex(buildDir, locale);
      const hits = (await Promise.all(['WebSocket', 'nginx', 'CloseOutputAsync', 'middleware'].map((query) => index.search(query)))).flat().map((r) => r.path);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.filter((path) => !path.startsWith(`${base}/`) || others.some((prefix) => path.startsWith(prefix)))).toEqual([]);
    }
  });

  it('finds pages not translated yet, in English, in every locale', async () => {
    for (const locale of LOCALES) {
      const [first] = await builtIndex(buildDir, locale).search('reverse proxy stateless instances nginx');
      expect(first?.path).toBe(`${localeBase(locale)}/docs/deployment`);
    }
  });
});

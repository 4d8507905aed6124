import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {runCli} from '../scripts/l10n/__tests__/runCli';
import {buildSite, copySite, corpusSets, measureBuiltCorpus, pairIds, type BuiltCorpus} from './corpus/corpusSite';

type Status = {locales: Array<{locale: string; total: number; translated: number}>};

const status = async (site: string) => JSON.parse((await runCli(site, ['--json', 'status'])).stdout) as Status;

interface ImportReport {
  pages: Array<{input: string; docId: string; locale: string; segments: number; include?: true}>;
  skipped: unknown[];
}

/**
 * The whole corpus of real doc sets (156 files, 7 sets, 3 locales), imported as trees into a copy of
 * the site and built in every locale, as a docs team would.
 */
describe('the corpus of real localized doc sets, end to end', () => {
  const site = mkdtempSync(join(tmpdir(), 'corpus-site-'));
  const sets = corpusSets();
  const reports: ImportReport[] = [];
  let built: BuiltCorpus;
  let before: Status;

  beforeAll(async () => {
    copySite(site);
    before = await status(site);
    for (const set of sets) {
      const result = await runCli(site, ['--json', 'import', set.dir, '--into', set.name]);
      if (result.exitCode !== 0) throw new Error(`import ${set.name}/${set.locale} failed: ${result.stdout.slice(0, 2000)} ${result.stderr}`);
      reports.push(JSON.parse(result.stdout) as ImportReport);
    }
    // Real sets lack some samples and link to pages not imported: warnings, not errors, outside CI.
    buildSite(site, join(site, 'build'), {CI: 'false', L10N_STRICT: 'false'});
    built = measureBuiltCorpus(site, join(site, 'build'), sets);
  }, 600_000);

  it('imports every file of every set', () => {
    expect(sets.length).toBe(14);
    expect(reports.flatMap((r) => r.skipped)).toEqual([]);
    expect(reports.reduce((n, r) => n + r.pages.length, 0)).toBe(150);
  });

  it('renders at least 99.5 % of all translations as bilingual segments on their built page', () => {
    expect(built.pages).toBeGreaterThanOrEqual(120);
    expect(built.pairs).toBeGreaterThan(10_000);
    expect({rate: built.rendered / built.pairs >= 0.995, missing: built.missing}).toEqual({rate: true, missing: built.missing});
  });

  it('shows no source syntax as text on any page', () => {
    expect(built.leaks).toEqual([]);
  });

  it('counts in status exactly the pairs of the imported files, all translated', async () => {
    const pairs = new Map<string, number>();
    for (const report of reports)
      for (const page of report.pages) pairs.set(page.locale, (pairs.get(page.locale) ?? 0) + pairIds(readFileSync(page.input, 'utf8')).length);
    const after = await status(site);
    const added = after.locales
      .filter((l) => pairs.has(l.locale))
      .map(({locale, total, translated}) => {
        const was = before.locales.find((l) => l.locale === locale);
        return {locale, total: total - (was?.total ?? 0), translated: translated - (was?.translated ?? 0)};
      });
    expect(added.sort((a, b) => a.locale.localeCompare(b.locale))).toEqual(
      [...pairs].map(([locale, n]) => ({locale, total: n, translated: n})).sort((a, b) => a.locale.localeCompare(b.locale)),
    );
  });

  it('has nothing to sync right after the import', async () => {
    const sync = await runCli(site, ['--json', 'sync', '--dry-run']);
    expect(sync.exitCode).toBe(0);
    const {pages} = JSON.parse(sync.stdout) as {pages: Array<{locale: string; page: string; changed: boolean}>};
    expect(pages.length).toBeGreaterThanOrEqual(150);
    expect(pages.filter((p) => p.changed).map((p) => `${p.locale} ${p.page}`)).toEqual([]);
  });
});

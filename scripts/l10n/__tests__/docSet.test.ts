import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {runCli} from './runCli';

/** Real localized doc sets we did not write: EF Core's modeling articles (see tests/__fixtures__/corpus/SOURCES.md). */
const DOCSETS = join(__dirname, '../../../tests/__fixtures__/corpus/ef-core');
const LOCALES = ['zh-TW', 'pt-BR', 'ja-JP'] as const;
const ARTICLES = readdirSync(join(DOCSETS, 'zh-TW/entity-framework/core/modeling')).map((f) => f.replace(/\.md$/, ''));

interface ImportReport {
  pages: Array<{
    input: string;
    docId: string;
    locale: string;
    segments: number;
    unpaired: Array<{line: number; text: string}>;
    output: string;
    warnings: Array<{code: string; line: number; column: number}>;
    fixed?: Array<{id: string; before: string; after: string}>;
  }>;
  skipped: Array<{input: string; code: string; line?: number; column?: number}>;
  notPages: string[];
  changed: string[];
}

const tempSite = () => mkdtempSync(join(tmpdir(), 'l10n-docset-'));

async function importSet(root: string, dir: string, ...flags: string[]): Promise<{report: ImportReport; exitCode: number; stderr: string}> {
  const result = await runCli(root, ['--json', 'import', dir, ...flags]);
  return {report: result.stdout ? (JSON.parse(result.stdout) as ImportReport) : ({} as ImportReport), exitCode: result.exitCode, stderr: result.stderr};
}

describe.each(LOCALES)('importing the real EF Core doc set in %s as a tree', (locale) => {
  it('imports every page under its path, and status then counts every pair, all translated', async () => {
    const root = tempSite();
    const {report, exitCode} = await importSet(root, join(DOCSETS, locale), '--into', 'ef');
    expect(exitCode).toBe(0);
    expect(report.skipped).toEqual([]);
    expect(report.notPages).toEqual([]);
    expect(report.pages.map((p) => p.docId).sort()).toEqual(ARTICLES.map((a) => `ef/entity-framework/core/modeling/${a}`).sort());
    expect(report.pages.every((p) => p.locale === locale && p.output === `i18n/${locale}/docusaurus-plugin-content-docs/current/${p.docId}.md`)).toBe(true);
    // What cannot be paired is the alt text of images, which has no English in these files, and nothing else.
    expect(report.pages.flatMap((p) => p.unpaired.map((u) => u.text)).every((text) => text.startsWith('!['))).toBe(true);
    expect(existsSync(join(root, 'docs/ef/entity-framework/core/modeling/keys.md'))).toBe(true);

    const status = JSON.parse((await runCli(root, ['--json', 'status'])).stdout) as {
      locales: Array<{locale: string; total: number; translated: number; percent: number}>;
    };
    const own = status.locales.find((l) => l.locale === locale);
    expect(own?.percent).toBe(100);
    expect(own?.translated).toBe(own?.total);

    const again = await importSet(root, join(DOCSETS, locale), '--into', 'ef');
    expect(again.report.changed).toEqual([]);
  });
});

describe('a doc set with a malformed page', () => {
  function brokenSet(): string {
    const dir = mkdtempSync(join(tmpdir(), 'docset-broken-'));
    cpSync(join(DOCSETS, 'zh-TW'), dir, {recursive: true});
    const keys = join(dir, 'entity-framework/core/modeling/keys.md');
    writeFileSync(keys, '---\nms.contentlocale: zh-TW\n---\n# <span data-ttu-id="k-1">標題</span>\n');
    return dir;
  }

  it('imports every page, the malformed one byte for byte with a warning at file:line:column', async () => {
    const root = tempSite();
    const set = brokenSet();
    const {report, exitCode} = await importSet(root, set);
    expect(exitCode).toBe(0);
    expect(report.skipped).toEqual([]);
    expect(report.pages).toHaveLength(ARTICLES.length);
    const keys = report.pages.find((p) => p.input.endsWith('entity-framework/core/modeling/keys.md'));
    expect(keys?.warnings.map((w) => [w.code, w.line, w.column])).toEqual([['ERR_SPAN_NO_SOURCE', 4, 3]]);
    const output = 'i18n/zh-TW/docusaurus-plugin-content-docs/current/entity-framework/core/modeling/keys.md';
    expect(readFileSync(join(root, output), 'utf8')).toBe(readFileSync(join(set, 'entity-framework/core/modeling/keys.md'), 'utf8'));
    // Its English page is there, so the site has the page in every locale.
    expect(existsSync(join(root, 'docs/entity-framework/core/modeling/keys.md'))).toBe(true);
  });

  it('with --fix, repairs what machine translation left of emphasis in the translations, and only that', async () => {
    const root = tempSite();
    const set = brokenSet();
    const indexes = join(set, 'entity-framework/core/modeling/indexes.md');
    const original = readFileSync(indexes, 'utf8');
    const [whole = '', target = ''] = /<span data-ttu-id="[^"]+">([^<]+)<\/span>/.exec(original) ?? [];
    writeFileSync(indexes, original.replace(whole, whole.replace(`>${target}<`, `>${target}\\*\\*\\*\\*<`)));
    const {report} = await importSet(root, set, '--fix');
    const page = report.pages.find((p) => p.input === indexes);
    expect(page?.fixed).toEqual([expect.objectContaining({before: `${target}\\*\\*\\*\\*`, after: target})]);
    expect(readFileSync(join(root, 'i18n/zh-TW/docusaurus-plugin-content-docs/current/entity-framework/core/modeling/indexes.md'), 'utf8')).toBe(original);
  });

  it('with --strict, writes nothing', async () => {
    const root = tempSite();
    const {exitCode, stderr} = await importSet(root, brokenSet(), '--strict');
    expect(exitCode).toBe(1);
    expect(stderr).toMatch(/ERR_SPAN_NO_SOURCE/);
    expect(readdirSync(root)).toEqual([]);
  });

  it('gives every page of the set the demo --demo names, and refuses one that is not a demo (exit 2)', async () => {
    const root = tempSite();
    expect((await importSet(root, join(DOCSETS, 'zh-TW'), '--demo', 'close-modes')).exitCode).toBe(0);
    expect(readFileSync(join(root, 'docs/entity-framework/core/modeling/keys.md'), 'utf8')).toMatch(/^demo: close-modes$/m);
    const {exitCode, stderr} = await importSet(tempSite(), join(DOCSETS, 'zh-TW'), '--demo', 'chat');
    expect(exitCode).toBe(2);
    expect(stderr).toContain('--demo must be one of echo, close-modes, trace, none, got \\"chat\\"');
  });

  it("takes a TOC.md as the locale's table of contents, as it takes a toc.yml, not as an English page", async () => {
    const root = tempSite();
    const set = brokenSet();
    writeFileSync(join(set, 'entity-framework/TOC.md'), '# [索引](core/modeling/indexes.md)\n');
    writeFileSync(join(set, 'entity-framework/core/toc.yml'), '- name: 索引\n  href: modeling/indexes.md\n');
    const {report, exitCode} = await importSet(root, set, '--into', 'ef');
    expect(exitCode).toBe(0);
    expect(report.notPages).toEqual([]);
    for (const toc of ['entity-framework/TOC.md', 'entity-framework/core/toc.yml']) {
      expect(readFileSync(join(root, 'i18n/zh-TW/docusaurus-plugin-content-docs/current/ef', toc), 'utf8')).toBe(readFileSync(join(set, toc), 'utf8'));
      expect(existsSync(join(root, 'docs/ef', toc))).toBe(false);
    }
  });

  it('refuses an --into that leaves docs/ as a usage error (exit 2)', async () => {
    const {exitCode, stderr} = await importSet(tempSite(), join(DOCSETS, 'zh-TW'), '--into', '../outside');
    expect(exitCode).toBe(2);
    expect(stderr).toContain('--into must be a path inside docs/');
  });
});

import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {runCli} from '../scripts/l10n/__tests__/runCli';
import {builtIndex} from './searchRelevance';
import {axeViolations} from './axe';
import {gotoHydrated} from './siteHarness';
import {launchChromium} from '../scripts/browser/chromium';
import {createSiteServer} from '../src/server/createSiteServer';
import {buildSite, copySite, corpusSets, LEARN_URLS, measureBuiltCorpus, sentencePairs, visibleText, type BuiltCorpus} from './corpus/corpusSite';

type Status = {locales: Array<{locale: string; total: number; translated: number; pages: Array<{page: string; total: number; translated: number}>}>};

const status = async (site: string) => JSON.parse((await runCli(site, ['--json', 'status'])).stdout) as Status;

interface ImportReport {
  pages: Array<{
    input: string;
    docId: string;
    locale: string;
    segments: number;
    output: string;
    warnings: Array<{line: number; column: number; code: string}>;
    include?: true;
  }>;
  skipped: unknown[];
  notes: string[];
}

/**
 * The whole corpus of real doc sets (173 files, 8 sets, 3 locales, with a slice of every class that broke whole sets), imported as trees into a copy of
 * the site and built in every locale, as a docs team would.
 */
describe('the corpus of real localized doc sets, end to end', () => {
  const site = mkdtempSync(join(tmpdir(), 'corpus-site-'));
  const sets = corpusSets();
  const reports: ImportReport[] = [];
  let built: BuiltCorpus;
  let buildOutput = '';

  beforeAll(async () => {
    copySite(site);
    for (const set of sets) {
      const learn = LEARN_URLS[set.name];
      const result = await runCli(site, ['--json', 'import', set.dir, '--into', set.name, ...(learn ? ['--learn-url', learn] : [])]);
      if (result.exitCode !== 0) throw new Error(`import ${set.name}/${set.locale} failed: ${result.stdout.slice(0, 2000)} ${result.stderr}`);
      reports.push(JSON.parse(result.stdout) as ImportReport);
    }
    // One page no plugin can build (its translation includes the page itself: a loop), in zh-TW only: the build goes on.
    writeFileSync(join(site, 'docs/broken-page.md'), '# Broken page\n\nThe English article.\n');
    const broken = join(site, 'i18n/zh-TW/docusaurus-plugin-content-docs/current/broken-page.md');
    const pair = (id: string, t: string, e: string) =>
      `<span data-ttu-id="${id}">${t}</span><span class="sxs-lookup"><span data-stu-id="${id}">${e}</span></span>`;
    writeFileSync(
      broken,
      `# ${pair('b-1', '壞掉的頁面', 'Broken page')}\n\n${pair('b-2', '見 [!INCLUDE [loop](broken-page.md)] 文章。', 'The English article.')}\n`,
    );
    // And one whose front matter is not YAML, in pt-BR: built without it.
    writeFileSync(join(site, 'docs/broken-yaml.md'), '# Broken YAML\n\nAn English sentence.\n');
    writeFileSync(
      join(site, 'i18n/pt-BR/docusaurus-plugin-content-docs/current/broken-yaml.md'),
      `---\ntitle: [unclosed\n---\n# ${pair('y-1', 'YAML quebrado', 'Broken YAML')}\n\n${pair('y-2', 'Uma frase em inglês.', 'An English sentence.')}\n`,
    );
    // Real sets lack some samples and link to pages not imported: warnings, not errors, unless L10N_STRICT=true (CI=true, which every CI service sets, is not strictness).
    buildOutput = buildSite(site, join(site, 'build'), {CI: 'true', L10N_STRICT: 'false'}).output;
    built = measureBuiltCorpus(site, join(site, 'build'), sets);
  }, 600_000);

  afterAll(() => rmSync(site, {recursive: true, force: true}));

  it('imports every file of every set', () => {
    expect(sets.length).toBe(16);
    expect(reports.flatMap((r) => r.skipped)).toEqual([]);
    expect(reports.reduce((n, r) => n + r.pages.length, 0)).toBe(167);
    // Real pairs whose tags write their quotes as &quot; are read as meant, each reported at its line:column.
    const recovered = reports.flatMap((r) => r.pages.flatMap((p) => p.warnings.map((w) => `${p.input.split('/corpus/')[1]}:${w.line}:${w.column} ${w.code}`)));
    expect(recovered).toContain('office-add-ins/ja-JP/docs/tutorials/excel-tutorial-create-custom-functions.md:162:4 W_SPAN_RECOVERED');
    expect(recovered.length).toBeGreaterThanOrEqual(3);
  });

  it('renders at least 99.5 % of the translations the current English still has as bilingual segments on their built page', () => {
    expect(built.pages).toBeGreaterThanOrEqual(120);
    expect(built.pairs).toBeGreaterThan(10_000);
    expect({rate: built.rendered / built.pairs >= 0.995, missing: built.missing}).toEqual({rate: true, missing: built.missing});
    // Translations of English the current English page dropped are left out, and each page's notice counts them.
    expect(built.noticedLeftOut).toBe(built.leftOut);
  });

  it("renders DocFX tabs as tabs and a set's toc.yml as its sidebar, in the page's language", () => {
    const keys = readFileSync(join(site, 'build/zh-TW/docs/ef-core/entity-framework/core/modeling/keys.html'), 'utf8');
    expect(keys.match(/role="?tab"?[\s>]/g)?.length).toBeGreaterThanOrEqual(2);
    expect(keys).not.toContain('#tab/');
    const excel = readFileSync(join(site, 'build/ja-JP/docs/office-scripts/docs/overview/excel.html'), 'utf8');
    const sidebar = /<nav[^>]*class="menu [\s\S]*?<\/nav>/.exec(excel)?.[0] ?? '';
    expect(sidebar).toContain('Excel on the web の Office スクリプト');
  });

  it('renders DocFX rows, :::image, [!VIDEO], [!div] and raw HTML cards as what they are', () => {
    const page = (path: string) => readFileSync(join(site, 'build', path), 'utf8');
    const edge = page('pt-BR/docs/edge/microsoft-edge/progressive-web-apps-chromium.html');
    expect(edge.match(/class="?docfx-row/g)?.length).toBeGreaterThanOrEqual(5);
    // The page's :::image icons, bundled by Docusaurus (small ones inline).
    expect(edge.match(/<img decoding="?async/g)?.length).toBeGreaterThanOrEqual(8);
    const nuget = page('ja-JP/docs/nuget/docs/quickstart/create-and-publish-a-package-using-the-dotnet-cli.html');
    expect(nuget).toMatch(/data-video="?https:\/\/channel9\.msdn\.com\//);
    expect(nuget).not.toMatch(/<iframe/);
    expect(nuget).toMatch(/class="?docfx-div docfx-nextstepaction/);
    const cards = page('zh-TW/docs/architecture-center/docs/topics/high-performance-computing.html');
    expect(cards.match(/<article class="?card/g)?.length).toBe(9);
  });

  it('sends links and xrefs to pages not imported to Microsoft Learn in the page’s language', () => {
    const relationships = readFileSync(join(site, 'build/zh-TW/docs/ef-core/entity-framework/core/modeling/relationships.html'), 'utf8');
    expect(relationships).toMatch(/href="?https:\/\/learn\.microsoft\.com\/zh-tw\/ef\/core\/saving\/cascade-delete/);
    const unresolved = buildOutput.split('\n').filter((line) => line.includes('unresolved-xref'));
    expect(unresolved).toEqual([]);
  });

  it('makes every locale of the doc sets searchable in both languages', async () => {
    const keys = '/zh-TW/docs/ef-core/entity-framework/core/modeling/keys';
    const zhTW = builtIndex(join(site, 'build'), 'zh-TW');
    // The page's translated title and its English find it; so does an identifier from its code.
    for (const query of ['索引鍵', 'Keys', 'HasKey']) expect((await zhTW.search(query, 3)).map((hit) => hit.path)).toContain(keys);
    const excel = '/ja-JP/docs/office-scripts/docs/overview/excel';
    expect((await builtIndex(join(site, 'build'), 'ja-JP').search('Office スクリプト', 5)).map((hit) => hit.path)).toContain(excel);
  });

  it('groups the status page by doc set and folder, rendering a closed folder’s rows only when a phone reader opens it', async () => {
    const html = readFileSync(join(site, 'build/zh-TW/translation-status.html'), 'utf8');
    const {locales} = await status(site);
    const zhTW = locales.find((l) => l.locale === 'zh-TW')!;
    expect(zhTW.pages.length).toBeGreaterThan(40);
    // In the HTML: the sets, closed, and only the pages at the root of docs/ of each locale.
    const rootPages = zhTW.pages.filter((p) => !p.page.includes('/')).length;
    expect(html.match(/<tr data-status-page=/g)?.length).toBe(rootPages * locales.length);
    for (const set of ['aspnetcore', 'ef-core', 'nuget']) expect(html).toMatch(new RegExp(`<details [^>]*data-status-folder="?${set}[/"\\s>]`));
    expect(html).not.toMatch(/<details [^>]*open/);
    const server = await createSiteServer({host: '127.0.0.1', port: 0, root: join(site, 'build'), log: () => undefined});
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      await page.setViewportSize({width: 390, height: 844});
      await gotoHydrated(page, `${server.url}/zh-TW/translation-status`);
      const section = '[data-status-locale=zh-TW]';
      const efCore = `${section} details[data-status-folder^="ef-core"]`;
      await page.click(`${efCore} > summary`);
      const efPages = zhTW.pages.filter((p) => p.page.startsWith('ef-core/')).length;
      // Opened: the set's folders, closed in turn, or its pages.
      await page.waitForSelector(`${efCore} > div`);
      expect(await page.$$eval(`${efCore} [data-status-page]`, (n) => n.length)).toBeLessThanOrEqual(efPages);
      expect(await page.$eval(`${efCore} > summary`, (n) => n.textContent)).toContain(`${efPages} 個頁面`);
      // A query opens every folder that holds a match.
      await page.fill('[data-status-query]', 'modeling keys');
      await page.waitForSelector(`${section} [data-status-page="ef-core/entity-framework/core/modeling/keys.md"]`);
      expect(await page.$eval(`${section} [data-status-page="ef-core/entity-framework/core/modeling/keys.md"] a`, (n) => n.getAttribute('href'))).toBe(
        '/zh-TW/docs/ef-core/entity-framework/core/modeling/keys',
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('shows no source syntax as text on any page', () => {
    expect(built.leaks).toEqual([]);
  });

  it('builds a page that cannot be built as an error page, says where, and builds the rest (CI=true does not make it fatal)', () => {
    expect(buildOutput.split('\n').filter((line) => line.includes('page-guard:page-failed'))).toEqual([
      expect.stringMatching(
        /^\[WARNING\] i18n\/zh-TW\/docusaurus-plugin-content-docs\/current\/broken-page\.md:3:\d+: the page could not be built .*includes itself/,
      ),
    ]);
    const page = readFileSync(join(site, 'build/zh-TW/docs/broken-page.html'), 'utf8');
    expect(page).toMatch(/data-page-error="?i18n\/zh-TW\/docusaurus-plugin-content-docs\/current\/broken-page\.md:3:\d+/);
    expect(page).toContain('無法建置此頁面');
    expect(visibleText(page)).toContain('The English article.');
  });

  it('builds a page whose front matter is not YAML without it, and says where', () => {
    expect(buildOutput).toMatch(/\[WARNING\] i18n\/pt-BR\/docusaurus-plugin-content-docs\/current\/broken-yaml\.md:3:1: front matter is not YAML/);
    expect(readFileSync(join(site, 'build/pt-BR/docs/broken-yaml.html'), 'utf8')).toContain('Uma frase em inglês.');
  });

  it('builds every page of the whole-set slice as its page, none as an error page (ASP.NET Core and NuGet zh-TW)', () => {
    expect(buildOutput.split('\n').filter((line) => line.includes('page-guard:page-failed') && !line.includes('broken-page.md'))).toEqual([]);
    const page = (path: string) => visibleText(readFileSync(join(site, 'build/zh-TW/docs', path), 'utf8'));
    // `> [!Note]` right after other `>` lines opens an alert; `[!code-JSON [title](path)]` is the code.
    const practices = readFileSync(join(site, 'build/zh-TW/docs/nuget/docs/create-packages/Package-authoring-best-practices.html'), 'utf8');
    expect(practices.match(/class="?theme-admonition/g)?.length).toBeGreaterThanOrEqual(2);
    expect(page('nuget/docs/create-packages/Package-authoring-best-practices.html')).not.toMatch(/\[!note\]/i);
    const serviceIndex = readFileSync(join(site, 'build/zh-TW/docs/nuget/docs/api/service-index.html'), 'utf8');
    expect(serviceIndex).toContain('SearchQueryService');
    expect(page('nuget/docs/api/service-index.html')).not.toContain('[!code');
    // A URL nothing can parse keeps its text; moniker ends after a quote close their zones.
    expect(page('aspnetcore/aspnetcore/client-side/spa/angular.html')).toContain('localhost');
    const roles = readFileSync(join(site, 'build/zh-TW/docs/aspnetcore/aspnetcore/security/authorization/roles.html'), 'utf8');
    expect(roles.match(/class="?moniker-zone/g)?.length).toBeGreaterThanOrEqual(2);
  });

  /**
   * The localized pages whose English page was rebuilt from them (the newest English of each
   * article wins across the sets; an older translation of the same article is rightly stale).
   */
  const ownEnglish = () => {
    const from = new Map<string, string>();
    for (const report of reports) {
      for (const note of report.notes) {
        const m = /^(docs\/.+\.md): English of .* from (.+)$/.exec(note);
        if (m?.[1] && m[2]) from.set(m[1], m[2]);
      }
    }
    const inputs = new Set(from.values());
    return reports.flatMap((r) => r.pages).filter((p) => inputs.has(p.input));
  };

  it('counts in status, for every page imported with its own English, exactly its pairs, all translated', async () => {
    const pages = ownEnglish();
    // Every article with pairs has its English from one of its localized copies.
    const articles = new Set(
      reports
        .flatMap((r) => r.pages)
        .filter((p) => p.segments > 0)
        .map((p) => p.docId),
    );
    expect(new Set(pages.map((p) => p.docId))).toEqual(articles);
    const after = await status(site);
    const off = pages.flatMap((page) => {
      const found = after.locales.find((l) => l.locale === page.locale)?.pages.find((p) => `${page.docId}.md` === p.page);
      const pairs = sentencePairs(readFileSync(page.input, 'utf8'));
      return found && found.total === pairs && found.translated === pairs
        ? []
        : [{page: page.input, pairs, total: found?.total, translated: found?.translated}];
    });
    expect(off).toEqual([]);
  });

  it('has nothing to sync, on every page imported with its own English', async () => {
    const sync = await runCli(site, ['--json', 'sync', '--dry-run']);
    expect(sync.exitCode).toBe(0);
    const changed = new Set((JSON.parse(sync.stdout) as {pages: Array<{page: string; changed: boolean}>}).pages.filter((p) => p.changed).map((p) => p.page));
    expect(
      ownEnglish()
        .filter((p) => changed.has(p.output))
        .map((p) => p.input),
    ).toEqual([]);
  });

  it('finds no error with check in the imported sets', async () => {
    const result = await runCli(site, ['--json', 'check']);
    const findings = (JSON.parse(result.stdout) as {findings: Array<{file: string; severity: string; code: string; line: number}>}).findings;
    const errors = findings.filter((f) => f.severity === 'error').map((f) => `${f.file}:${f.line} ${f.code}`);
    // The pages planted to fail are no pages of the sets: their added link and broken front matter are errors indeed.
    const planted = (e: string) => /\/broken-(?:page|yaml)\.md:/.test(e);
    expect(errors.filter((e) => !planted(e))).toEqual([]);
    expect(errors.filter(planted).sort()).toEqual([
      'i18n/pt-BR/docusaurus-plugin-content-docs/current/broken-yaml.md:3 ERR_FRONT_MATTER',
      'i18n/zh-TW/docusaurus-plugin-content-docs/current/broken-page.md:3 L10N_LINK',
    ]);
  });

  it.each(['xliff', 'po'])('exports each locale as %s and imports it back with no byte changed and no unit refused', async (format) => {
    for (const locale of ['zh-TW', 'pt-BR', 'ja-JP']) {
      const out = join(site, `exchange.${format}.${locale}.${format === 'xliff' ? 'xlf' : 'po'}`);
      expect((await runCli(site, ['export', '--locale', locale, '--format', format, '--out', out])).exitCode).toBe(0);
      const back = JSON.parse((await runCli(site, ['--json', 'import', out])).stdout) as {written: string[]; rejected: unknown[]};
      expect({locale, written: back.written, rejected: back.rejected}).toEqual({locale, written: [], rejected: []});
    }
  });
});

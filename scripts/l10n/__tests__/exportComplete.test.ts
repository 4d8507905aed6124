import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {localizedDocDir, memoryPath} from '../../../src/core/i18n/paths';
import {readLocalizedDoc} from '../../../src/core/l10n/localizedDoc';
import {UNTRANSLATED} from '../../../src/core/markdown/spanPairs';
import {loadProject} from '../../../src/project/project';
import {exchangePages} from '../lib/exchangePages';
import {runCli} from './runCli';
import {copySite} from './site';

async function exportPo(root: string, locale: string): Promise<{file: string; text: string; counts: Record<string, number>}> {
  const file = join(root, `${locale}.po`);
  const result = await runCli(root, ['--json', 'export', '--locale', locale, '--format', 'po', '--out', file]);
  expect(result.exitCode).toBe(0);
  return {file, text: readFileSync(file, 'utf8'), counts: JSON.parse(result.stderr)};
}

/** A PO entry's lines, found by its msgctxt prefix and its msgid. */
const entryOf = (text: string, context: string, english: string) =>
  text.split('\n\n').find((e) => e.includes(`msgctxt "${context}`) && e.includes(`msgid "${english}"`));

describe('export covers every sentence of the current English, without sync', () => {
  it('exports the pages a locale has no copy of, each with ids of its own, and import creates the page', async () => {
    const root = copySite();
    const {file, text} = await exportPo(root, 'ja-JP');
    const page = join(root, localizedDocDir('ja-JP'), 'deployment.md');
    expect(existsSync(page)).toBe(false);
    const english = 'The site has two parts that scale differently:';
    const entry = entryOf(text, 'deployment.md#', english) ?? '';
    expect(entry).toMatch(/msgctxt "deployment\.md#[0-9a-f]{5}-\d{3}"\nmsgid "The site has two parts that scale differently:"\nmsgstr ""/);
    // Ids are unique across the locale's pages, not only within one.
    const ids = [...text.matchAll(/^msgctxt "[^#]*#([^"]+)"/gm)].map((m) => m[1]).filter((id) => /^[0-9a-f]{5}-\d+$/.test(id ?? ''));
    expect(ids.length).toBeGreaterThan(100);
    expect(new Set(ids).size).toBe(ids.length);

    writeFileSync(file, text.replace(entry, entry.replace(/msgstr ""$/, 'msgstr "このサイトには、スケールの仕方が異なる 2 つの部分があります:"')));
    const result = await runCli(root, ['--json', 'import', file]);
    expect(result.exitCode).toBe(0);
    const id = /msgctxt "[^#]*#([^"]+)"/.exec(entry)?.[1] ?? '';
    expect(JSON.parse(result.stdout).applied).toEqual([{page: 'deployment.md', id}]);
    const created = readLocalizedDoc(page, readFileSync(page, 'utf8'));
    expect(created.data['ms.contentlocale']).toBe('ja-JP');
    expect(created.segments.filter((s) => s.state !== UNTRANSLATED).map((s) => [s.id, s.target])).toEqual([
      [id, 'このサイトには、スケールの仕方が異なる 2 つの部分があります:'],
    ]);
    // Every other sentence is there, untranslated, under the id the export gave it.
    const exported = [...text.matchAll(/^msgctxt "deployment\.md#([^"]+)"/gm)].map((m) => m[1]).filter((id) => !id?.startsWith('front-matter:'));
    expect(created.segments.map((s) => s.id)).toEqual(exported);
  });

  it('gives a sentence to review with its current English, its old translation and the old English (#| msgid), and applies it once confirmed', async () => {
    const root = copySite();
    const {file, text, counts} = await exportPo(root, 'ja-JP');
    expect(counts['needs-review']).toBeGreaterThan(0);
    const current = 'WebSockets must be enabled (See the [IIS/IIS Express support](#iisiis-express-support) section.).';
    const entry = entryOf(text, 'websockets.md#', current.replace(/"/g, '\\"')) ?? '';
    expect(entry).toContain('#, fuzzy\n#| msgid "WebSockets must be enabled in IIS (See the [IIS/IIS Express support](#iisiis-express-support) section.)"\n');
    expect(entry).toContain('msgstr "WebSockets は IIS で有効にされる必要があります');
    const confirmed = 'WebSockets を有効にする必要があります (「[IIS/IIS Express のサポート](#iisiis-express-support)」セクションを参照してください。)。';
    const pagePath = join(root, localizedDocDir('ja-JP'), 'websockets.md');
    const before = readFileSync(pagePath, 'utf8');
    const memoryBefore = existsSync(join(root, memoryPath('ja-JP'))) ? readFileSync(join(root, memoryPath('ja-JP')), 'utf8') : '[]';
    writeFileSync(file, text.replace(entry, entry.replace(/#, fuzzy\n#\| msgid "[^\n]*"\n/, '').replace(/msgstr "[^\n]*"$/, `msgstr "${confirmed}"`)));
    const result = await runCli(root, ['--json', 'import', file]);
    expect(result.exitCode).toBe(0);
    const after = readFileSync(pagePath, 'utf8');
    const doc = readLocalizedDoc(pagePath, after);
    expect(doc.segments.find((s) => s.target === confirmed)?.source).toBe(current);
    // The page is now on the current English: the translations that left it are in the memory, none lost.
    const memory = JSON.parse(readFileSync(join(root, memoryPath('ja-JP')), 'utf8')) as Array<{target: string}>;
    const kept = new Set([...doc.segments.map((s) => s.target), ...memory.map((m) => m.target)]);
    // A translation whose English changed only in its URLs or code stays under its id, its URLs brought up to date.
    const stillTranslated = new Set(doc.segments.filter((s) => s.state !== UNTRANSLATED).map((s) => s.id));
    const old = readLocalizedDoc(pagePath, before).segments.filter((s) => s.state !== UNTRANSLATED && /\p{L}/u.test(s.source));
    expect(old.filter((s) => !kept.has(s.target) && !stillTranslated.has(s.id)).map((s) => s.id)).toEqual([]);
    expect(memory.length).toBeGreaterThan((JSON.parse(memoryBefore) as unknown[]).length);
  });

  it('exports the English sentences a page does not have yet as new, and applies their translation on the current English', async () => {
    const root = copySite();
    const {file, text} = await exportPo(root, 'zh-TW');
    const entry = entryOf(text, 'websockets.md#', 'Enabling WebSockets on IIS') ?? '';
    expect(entry).toMatch(/msgstr ""$/);
    writeFileSync(file, text.replace(entry, entry.replace(/msgstr ""$/, 'msgstr "在 IIS 上啟用 WebSockets"')));
    const result = await runCli(root, ['--json', 'import', file]);
    expect(result.exitCode).toBe(0);
    const page = readFileSync(join(root, localizedDocDir('zh-TW'), 'websockets.md'), 'utf8');
    expect(page).toMatch(
      /### <a name="enabling-websockets-on-iis"><\/a><span data-ttu-id="[^"]+">在 IIS 上啟用 WebSockets<\/span><span class="sxs-lookup"><span data-stu-id="[^"]+">Enabling WebSockets on IIS<\/span><\/span>/,
    );
    // Export again: the sentence is translated now, under the same id.
    const again = await exportPo(root, 'zh-TW');
    expect(entryOf(again.text, 'websockets.md#', 'Enabling WebSockets on IIS')).toContain('msgstr "在 IIS 上啟用 WebSockets"');
  });

  it('reads a synced page by its pairs alone exactly as reading it whole does, on every page of every locale', async () => {
    const root = copySite();
    // A code sample with a span of its own, as real doc sets have (Edge's `<span class="draggable">`).
    const english = join(root, 'docs/deployment.md');
    writeFileSync(
      english,
      `${readFileSync(english, 'utf8')}\n\`\`\`html\n<div id="titleBar">\n    <span class="draggable">Example PWA</span>\n</div>\n\`\`\`\n`,
    );
    const project = loadProject(root);
    let compared = 0;
    for (const locale of project.locales) {
      for await (const exchange of exchangePages(project, locale)) {
        const {doc} = exchange.synced();
        expect(doc.segments).toEqual(readLocalizedDoc(doc.path, doc.text).segments);
        compared++;
      }
    }
    expect(compared).toBe(3 * project.pages.length);
  });
});

import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {readLocalizedDoc} from '../../../src/core/l10n/localizedDoc';
import {parseMemory} from '../../../src/core/l10n/memory';
import {generateCorpus} from '../../bench/cli';
import {runCli} from './runCli';
import {copySite} from './site';

/*
 * The zh-TW and ja-JP WebSockets pages were translated from the English of 2018-02-15 (88 pairs);
 * the current English is the pt-BR page's, of 2018-06-28 (84 pairs). Comparing the two English
 * versions sentence by sentence (sxs-lookup texts), by hand:
 * - 73 sentences are identical in both versions: their translations stay as they are.
 * - 2 changed only in a link URL (".../websockets/sample" became ".../websockets/samples"): "View or
 *   download sample code…" and "The sample app that accompanies this article…". They keep their
 *   translation with the URL updated.            → 75 translated after sync
 * - 3 were reworded: "WebSockets must be enabled in IIS (See…)" → "WebSockets must be enabled (See…).",
 *   "How to use it" → "How to use WebSockets", "**Disable WebSocket when using socket.io on node.js**"
 *   → "Disable WebSocket when using socket.io on Node.js" (now a heading).
 * - 6 are new: "[ASP.NET Core SignalR](xref:signalr/introduction) is a library…", "It uses WebSockets
 *   whenever possible.", "WebSockets are always enabled when using IIS Express.", "Enabling WebSockets
 *   on IIS", and "These steps are not required when using IIS Express" twice.
 *                                                 → 3 + 6 = 9 untranslated after sync; 75 + 9 = 84
 * - 10 old sentences have no counterpart: the SignalR-before-2.1 paragraph (3 sentences: "[ASP.NET
 *   SignalR](…) provides a richer app model…", "An ASP.NET Core version of SignalR is scheduled…",
 *   "See [ASP.NET Core 2.1 high-level planning]…"), "Until SignalR Core is released…", "However,
 *   features that SignalR provides…", "For example:" and its 4 list items.
 *                                                 → 10 obsolete + 3 reworded = 13 translations to memory
 * Before sync, status counts the 2 URL-only and 3 reworded sentences as stale: 73 / 5 / 6 / 10.
 */
describe('sync of the 2018-02 pages against the 2018-06 English', () => {
  it.each(['zh-TW', 'ja-JP'])('%s: status before, then sync, then status after', async (locale) => {
    const root = copySite();
    const page = (s: {locale: string; pages: Array<{page: string}>}[]) => s.find((l) => l.locale === locale)!.pages.find((p) => p.page === 'websockets.md');
    const before = JSON.parse((await runCli(root, ['--json', 'status'])).stdout).locales;
    expect(page(before)).toMatchObject({total: 84, translated: 73, stale: 5, autoUpdatable: 2, untranslated: 6, obsolete: 10});

    const sync = JSON.parse((await runCli(root, ['--json', 'sync'])).stdout);
    expect(sync.pages.find((p: {locale: string; page: string}) => p.locale === locale && p.page.endsWith('/websockets.md'))).toMatchObject({
      kept: 73,
      updated: 2,
      restoredFromMemory: 0,
      untranslated: 9,
      toMemory: 13,
    });
    const after = JSON.parse((await runCli(root, ['--json', 'status'])).stdout).locales;
    expect(page(after)).toMatchObject({total: 84, translated: 75, stale: 0, untranslated: 9, obsolete: 0});

    const file = join(root, `i18n/${locale}/docusaurus-plugin-content-docs/current/websockets.md`);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('ms.date: 06/28/2018');
    expect(text).toContain('(https://github.com/aspnet/Docs/tree/master/aspnetcore/fundamentals/websockets/samples)');
    expect(text).not.toContain('fundamentals/websockets/sample)');
    const doc = readLocalizedDoc(file, text);
    expect(doc.segments.filter((s) => s.state === 'untranslated').map((s) => s.source)).toContain('It uses WebSockets whenever possible.');
    const fresh = doc.segments.filter((s) => s.state === 'untranslated').map((s) => s.id);
    const key = doc.segments[0]?.id.split('-')[0];
    expect(key).toMatch(/^[0-9a-f]{5}$/);
    expect(fresh.every((id) => id.startsWith(`${key}-`))).toBe(true);
    expect(new Set(doc.segments.map((s) => s.id)).size).toBe(doc.segments.length);

    const memory = parseMemory(readFileSync(join(root, `i18n/${locale}/l10n-memory.json`), 'utf8'));
    expect(memory).toHaveLength(13);
    expect(memory.map((m) => m.source)).toContain('Until SignalR Core is released, WebSockets can be used.');
  });

  it('changes nothing when run twice, and --dry-run writes nothing', async () => {
    const root = copySite();
    const dry = JSON.parse((await runCli(root, ['--json', 'sync', '--dry-run'])).stdout);
    expect(dry.written).toEqual([]);
    expect(readFileSync(join(root, 'i18n/zh-TW/docusaurus-plugin-content-docs/current/websockets.md'), 'utf8')).not.toContain('l10n-state');
    const first = JSON.parse((await runCli(root, ['--json', 'sync'])).stdout);
    expect(first.written).toHaveLength(4);
    const second = JSON.parse((await runCli(root, ['--json', 'sync'])).stdout);
    expect(second.written).toEqual([]);
  });

  it("offers the reworded sentences' old translations as suggestions, never applied", async () => {
    const root = copySite();
    await runCli(root, ['sync']);
    const po = (await runCli(root, ['export', '--locale', 'zh-TW', '--format', 'po'])).stdout;
    const entry = po.split('\n\n').find((e) => e.includes('msgid "How to use WebSockets"'))!;
    expect(entry).toContain('suggestion (similarity 0.75): 如何使用');
    expect(entry).toContain('msgstr ""');
  });

  // A page after the WebSockets article, which sync changes in zh-TW and ja-JP: those changes are staged when the error
  // comes. Column 28: the sxs-lookup span follows the 24-character opening tag and three characters of translation.
  it.each([
    ['the site', () => copySite(), 0],
    ['a project large enough for the worker thread', () => generateCorpus(60), 60],
  ])('leaves a malformed page as it is, says where (file:line:column), and syncs every other page of %s', async (_name, makeRoot, pages) => {
    const root = makeRoot();
    const without = makeRoot();
    const bad = 'i18n/zh-TW/docusaurus-plugin-content-docs/current/zz-last.md';
    const badText =
      '# <span data-ttu-id="k-1">最後</span><span class="sxs-lookup"><span data-stu-id="k-1">Last</span></span>\n\n<span data-ttu-id="k-2">一句。<span class="sxs-lookup"><span data-stu-id="k-2">A sentence.</span></span>\n';
    for (const dir of [root, without]) writeFileSync(join(dir, 'docs/zz-last.md'), '# Last\n\nA sentence.\n');
    writeFileSync(join(root, bad), badText);
    const result = await runCli(root, ['--json', 'sync']);
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout) as {skipped: Array<{code: string; page: string; message: string}>};
    expect(report.skipped).toEqual([expect.objectContaining({code: 'ERR_SPAN_NESTED', page: bad, message: expect.stringContaining(`${bad}:3:28:`)})]);
    expect(readFileSync(join(root, bad), 'utf8')).toBe(badText);
    // Every other page is synced exactly as in the same project without the malformed page.
    expect((await runCli(without, ['--json', 'sync'])).exitCode).toBe(0);
    const relative = (dir: string) => new Map([...snapshot(dir)].map(([path, text]) => [path.slice(dir.length), text]));
    const synced = relative(root);
    synced.delete(`/${bad}`);
    expect(synced).toEqual(relative(without));
    expect(synced.size).toBeGreaterThan(pages * 3);
  });
});

/** Every file under i18n/ with its content: temporary files left behind would show too. */
function snapshot(root: string): Map<string, string> {
  const files = readdirSync(join(root, 'i18n'), {recursive: true, withFileTypes: true}).filter((e) => e.isFile());
  return new Map(files.map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'utf8')]));
}

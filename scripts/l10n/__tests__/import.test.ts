import {mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {LOCALIZED_SEEDS, readSeed, SEEDS_DIR} from '../../../src/core/markdown/__tests__/seeds';
import {writeFilesAtomically} from '../../../src/project/fileSystem';
import {planImport} from '../lib/importPlan';
import {runCli} from './runCli';

const seedInputs = () => LOCALIZED_SEEDS.map(({name}) => ({path: name, text: readSeed(name)}));

function tempSite(): string {
  return mkdtempSync(join(tmpdir(), 'l10n-import-'));
}

describe('planImport on the seeds', () => {
  const plan = planImport(seedInputs(), () => undefined);

  it('writes each localized page byte for byte under i18n/<locale>/', () => {
    const localized = plan.writes.filter((w) => w.path.startsWith('i18n/'));
    expect(localized.map((w) => w.path).sort()).toEqual([
      'i18n/ja-JP/docusaurus-plugin-content-docs/current/websockets.md',
      'i18n/pt-BR/docusaurus-plugin-content-docs/current/websockets.md',
      'i18n/zh-TW/docusaurus-plugin-content-docs/current/3427-websocketcloseoutputsent.md',
      'i18n/zh-TW/docusaurus-plugin-content-docs/current/websockets.md',
    ]);
    for (const w of localized) expect(seedInputs().some((i) => i.text === w.content)).toBe(true);
  });

  it('rebuilds the English from the newest version (pt-BR, 2018-06-28)', () => {
    const english = plan.writes.find((w) => w.path === 'docs/websockets.md')!.content;
    expect(english).toContain('ms.date: 06/28/2018');
    expect(english).toContain('title: WebSockets support in ASP.NET Core');
    expect(english).toContain('# <a name="websockets-support-in-aspnet-core"></a>WebSockets support in ASP.NET Core\n');
    expect(english).not.toMatch(/data-ttu-id|sxs-lookup|ms\.contentlocale|ms\.translationtype/);
    // A sentence only the 2018-06 English has:
    expect(english).toContain('[ASP.NET Core SignalR](xref:signalr/introduction) is a library');
    expect(english).not.toContain('Until SignalR Core is released');
  });

  it('reports the image alt texts it could not pair', () => {
    const zh = plan.pages.find((p) => p.input === 'seed-zh-TW-websockets.md')!;
    expect(zh.unpaired.map((u) => u.line)).toEqual([137, 141]);
    expect(plan.pages.map((p) => p.segments)).toEqual(LOCALIZED_SEEDS.map((s) => s.pairs));
  });
});

describe('l10n import', () => {
  it('imports the seeds, and a second import changes nothing', async () => {
    const root = tempSite();
    const files = LOCALIZED_SEEDS.map(({name}) => join(SEEDS_DIR, name));
    const first = await runCli(root, ['--json', 'import', ...files]);
    expect(first.exitCode).toBe(0);
    expect(JSON.parse(first.stdout).changed).toHaveLength(6);
    const second = await runCli(root, ['--json', 'import', ...files]);
    expect(JSON.parse(second.stdout).changed).toEqual([]);
  });

  it('keeps the English alt text the team wrote when importing again', async () => {
    const root = tempSite();
    const files = LOCALIZED_SEEDS.map(({name}) => join(SEEDS_DIR, name));
    await runCli(root, ['import', ...files]);
    const english = join(root, 'docs/websockets.md');
    writeFileSync(english, readFileSync(english, 'utf8').replace('![start]', '![Initial state]'));
    await runCli(root, ['import', ...files]);
    expect(readFileSync(english, 'utf8')).toContain('![Initial state](websockets/_static/start.png)');
  });

  it('aborts on a malformed pair with file:line:column and writes nothing', async () => {
    const root = tempSite();
    const broken = join(root, 'broken.md');
    writeFileSync(broken, readSeed('seed-ja-JP-websockets.md').replace('data-stu-id="71f32-110"', 'data-stu-id="71f32-999"'));
    const result = await runCli(root, ['import', join(SEEDS_DIR, 'seed-pt-BR-websockets.md'), broken]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/error ERR_SPAN_ID_MISMATCH: .*broken\.md:\d+:\d+: data-ttu-id "71f32-110" is paired with data-stu-id "71f32-999"/);
    expect(result.stderr).toContain('nothing was written');
    expect(readdirSync(root)).toEqual(['broken.md']);
  });

  it('accepts a plain translated file and says what it could not pair', async () => {
    const root = tempSite();
    const plain = join(root, 'plain.md');
    writeFileSync(plain, '---\ntitle: 範例\nuid: samples/plain\nms.contentlocale: zh-TW\n---\n# 標題\n\n第一段。\n');
    const result = await runCli(root, ['--json', 'import', plain]);
    const report = JSON.parse(result.stdout);
    expect(report.pages[0].unpaired.map((u: {line: number}) => u.line)).toEqual([6, 8]);
    expect(report.notes).toEqual(['docs/plain.md: no input has span pairs to rebuild the English from']);
    expect(existsSync(join(root, 'i18n/zh-TW/docusaurus-plugin-content-docs/current/plain.md'))).toBe(true);
  });

  it('never overwrites a file with a partial write', async () => {
    const root = tempSite();
    expect(await writeFilesAtomically(root, [{path: 'a/b.md', content: 'x'}])).toEqual(['a/b.md']);
    expect(readdirSync(join(root, 'a'))).toEqual(['b.md']);
  });
});

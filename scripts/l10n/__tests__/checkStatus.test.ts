import {spawnSync} from 'node:child_process';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {CHECKS, textSegment} from '../lib/checks';
import {runCli} from './runCli';
import {copySite} from './site';

const segment = (source: string, target: string) => ({...textSegment(source, target), id: 'k-1'});
const failing = (source: string, target: string) => CHECKS.filter((c) => c.test(segment(source, target))).map((c) => c.code);

describe('quality checks', () => {
  it.each([
    ['WebSocketId:%1 sending to %2', 'WebSocketId：%1 傳送', ['L10N_PLACEHOLDER']],
    ['Use `Configure` here', '在這裡使用 Configure', ['L10N_CODE']],
    ['See [docs](https://a.test)', '參閱 [文件](https://b.test)', ['L10N_LINK']],
    ['Select **Next**.', '選取 **下一步。', ['L10N_EMPHASIS']],
    ['Hello there', ' ', ['L10N_EMPTY']],
    ['This is a whole sentence.', 'This is a whole sentence.', ['L10N_COPY']],
    ['Run it', '執行<script>alert(1)</script>', ['L10N_MARKUP']],
    ['Run it', '執行<img src=x onerror="alert(1)">', ['L10N_MARKUP']],
    // NuGet zh-TW: machine translation moved a backslash, `<package name \\>` in a URL is text to a Markdown parser.
    ['Check https://www.nuget.org/packages/\\<package name>.', '檢查 https://www.nuget.org/packages/<package name \\> 。', []],
    ['See [docs](https://a.test)', '參閱 [文件](https://a.test)', []],
    // Real EF Core and ASP.NET Core lines: what only looks like markup is fine.
    ['`Action<object, string>` - a lazy-loading delegate', '`Action<object, string>`-消極式載入委派', []],
    ['See <xref:fundamentals/startup>.', '請參閱 <xref:fundamentals/startup>。', []],
    ['Use \\<property name>Id.', '使用 \\<property name>Id。', []],
    ['Named FK_<dependent type name>.', 'Nomeadas FK_<dependent type name>.', []],
    ['Choose **Manage**.', '選擇 <b0>管理</b0>。', ['L10N_EMPHASIS', 'L10N_MT_TAG']],
    ['Microsoft-Windows-Application Server-Applications/Debug', 'Microsoft-Windows-Application Server-Applications/Debug', []],
    // Real ASP.NET Core zh-TW lines: what machine translation left of emphasis.
    ['Select **Create**.', '選取 [建立]\\*\\*\\*\\*。', ['L10N_EMPHASIS', 'L10N_MT_EMPHASIS']],
    ['Click **ATTACHMENT**.', '按一下 ** ATTACHMENT **。', ['L10N_MT_EMPHASIS']],
  ])('%j → %j gives %j', (source, target, codes) => {
    expect(failing(source, target)).toEqual(codes);
  });

  it('runs every check on hostile, repetitive translations (tag fragments, markers, escapes) and answers each', () => {
    const pieces = fc.constantFrom('<a', ' b', '=', '"', "'", '>', '</', '**', '\\*', '`', '<span>', '</span>', '](', ')', '%1', '{0}', ' ', '字');
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 400}), fc.array(pieces, {maxLength: 400}), (english, target) => {
        for (const check of CHECKS) expect(['string', 'undefined']).toContain(typeof check.test(segment(english.join(''), target.join(''))));
      }),
      {numRuns: 200},
    );
  });

  it('repairs what machine translation left of emphasis with --fix, changing only those bytes, and reports it at file:line:column', async () => {
    const root = copySite();
    const path = 'i18n/zh-TW/docusaurus-plugin-content-docs/current/websockets.md';
    const text = readFileSync(join(root, path), 'utf8');
    const [, target = ''] = /<span data-ttu-id="[^"]+">([^<]+)<\/span>/.exec(text) ?? [];
    const broken = text.replace(`>${target}<`, `>${target}\\*\\*\\*\\*<`);
    writeFileSync(join(root, path), broken);
    const warned = JSON.parse((await runCli(root, ['--json', 'check'])).stdout) as {findings: Array<{code: string; file: string; line: number}>};
    expect(warned.findings.filter((f) => f.code === 'L10N_MT_EMPHASIS').map((f) => f.file)).toEqual([path]);
    const fixed = await runCli(root, ['--json', 'check', '--fix']);
    const report = JSON.parse(fixed.stdout) as {summary: {fixed: number}; fixes: Array<{file: string; line: number; before: string; after: string}>};
    expect(report.summary.fixed).toBe(1);
    expect(report.fixes[0]).toMatchObject({file: path, after: target, before: `${target}\\*\\*\\*\\*`});
    expect(readFileSync(join(root, path), 'utf8')).toBe(text);
  });

  it('reads a page whose front matter is not YAML without it: status goes on, check names it at file:line:column', async () => {
    const root = copySite();
    const path = 'i18n/zh-TW/docusaurus-plugin-content-docs/current/websockets.md';
    writeFileSync(join(root, path), readFileSync(join(root, path), 'utf8').replace('---\n', '---\nbad: [unclosed\n'));
    expect((await runCli(root, ['--json', 'status'])).exitCode).toBe(0);
    const check = JSON.parse((await runCli(root, ['--json', 'check'])).stdout) as {findings: Array<{code: string; file: string; line: number}>};
    expect(check.findings.filter((f) => f.code === 'ERR_FRONT_MATTER').map((f) => [f.file, f.line])).toEqual([[path, 3]]);
  });

  it('passes the seeds with no errors (warnings: zh-TW marks UI labels with [brackets] where the English has **bold**)', async () => {
    const root = copySite();
    const result = await runCli(root, ['--json', 'check']);
    const findings = JSON.parse(result.stdout).findings as Array<{severity: string; code: string}>;
    expect(result.exitCode).toBe(0);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(new Set(findings.map((f) => f.code))).toEqual(new Set(['L10N_EMPHASIS']));
  });

  it('fails with file:line:column on a bad translation', async () => {
    const root = copySite();
    const file = join(root, 'i18n/ja-JP/docusaurus-plugin-content-docs/current/websockets.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('`Configure` メソッド', 'Configure メソッド'));
    const result = await runCli(root, ['check']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /i18n\/ja-JP\/docusaurus-plugin-content-docs\/current\/websockets\.md:\d+:\d+: error L10N_CODE \[71f32-\d+\] inline code spans differ/,
    );
  });
});

describe('status', () => {
  it('gives per-locale totals, UI string gaps and fails under a threshold', async () => {
    const root = copySite();
    // The counts below are derived from the seeds; the English-only deployment page is not one. The
    // CloseOutputAsync page has 33 sentences: its 9 table cells of code alone are not sentences.
    rmSync(join(root, 'docs/deployment.md'));
    const ok = JSON.parse((await runCli(root, ['--json', 'status'])).stdout).locales;
    expect(ok.map((l: {locale: string; percent: number}) => [l.locale, l.percent])).toEqual([
      ['zh-TW', 66.7], // (15 + 73) / (15 + 33 + 84)
      ['pt-BR', 63.6], // 84 / (33 + 99)
      ['ja-JP', 55.3], // 73 / (33 + 99)
    ]);
    const code = join(root, 'i18n/pt-BR/code.json');
    const json = JSON.parse(readFileSync(code, 'utf8'));
    delete json['readingMode.group'];
    writeFileSync(code, JSON.stringify(json));
    const status = await runCli(root, ['--json', 'status', '--fail-under', '60']);
    expect(status.exitCode).toBe(1);
    expect(status.stderr).toContain('below 60%: ja-JP 55.3%');
    const pt = JSON.parse(status.stdout).locales.find((l: {locale: string}) => l.locale === 'pt-BR');
    expect(pt.uiStrings.missing).toEqual(['code.json: readingMode.group']);
  });
});

describe('status and check for machines', () => {
  it('carry a summary, gate on the exact percentage and put even the threshold message in JSON', async () => {
    const root = copySite();
    rmSync(join(root, 'docs/deployment.md'));
    const {summary, locales} = JSON.parse((await runCli(root, ['--json', 'status'])).stdout);
    const sum = (key: string) => locales.reduce((n: number, l: Record<string, number>) => n + (l[key] ?? 0), 0);
    expect(summary).toEqual({
      locales: 3,
      total: sum('total'),
      translated: sum('translated'),
      reviewed: sum('reviewed'),
      stale: sum('stale'),
      untranslated: sum('untranslated'),
      obsolete: sum('obsolete'),
      percent: Math.round((sum('translated') / sum('total')) * 1000) / 10,
      reviewedPercent: Math.round((sum('reviewed') / sum('total')) * 1000) / 10,
    });
    // zh-TW shows 66.7 % and is 66.67 %: under a 66.7 % gate.
    const gate = await runCli(root, ['--json', 'status', '--fail-under', '66.7']);
    expect(gate.exitCode).toBe(1);
    const [error] = JSON.parse(gate.stderr).errors;
    expect(error).toMatchObject({code: 'ERR_THRESHOLD', of: 'translated', threshold: 66.7});
    expect(error.locales.map((l: {locale: string}) => l.locale)).toEqual(['zh-TW', 'pt-BR', 'ja-JP']);
    const check = JSON.parse((await runCli(root, ['--json', 'check'])).stdout);
    expect(check.summary).toEqual({errors: 0, warnings: check.findings.length, fixed: 0});
  });

  it('exit with 2 on every usage error, and 1 only for content', async () => {
    const root = copySite();
    for (const args of [
      ['export', '--locale', 'xx-XX', '--format', 'po'],
      ['export', '--locale', 'zh-TW', '--format', 'docx'],
      ['status', '--fail-under', '200'],
      ['import', 'a.po', 'b.po'],
    ]) {
      expect([args.join(' '), (await runCli(root, args)).exitCode]).toEqual([args.join(' '), 2]);
    }
    // Commander's own errors, in a process of the CLI as users run it.
    const cli = join(__dirname, '../cli.ts');
    const extra = spawnSync(process.execPath, ['--import', 'tsx', cli, '--root', root, '--json', 'status', 'extra'], {encoding: 'utf8'});
    expect(extra.status).toBe(2);
    expect(JSON.parse(extra.stderr).errors[0]).toMatchObject({code: 'ERR_USAGE', message: expect.stringMatching(/too many arguments/)});
    const unknown = spawnSync(process.execPath, ['--import', 'tsx', cli, '--root', root, 'status', '--no-such-option'], {encoding: 'utf8'});
    expect([unknown.status, unknown.stderr]).toEqual([2, expect.stringMatching(/unknown option '--no-such-option'/)]);
  });
});

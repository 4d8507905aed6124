import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {glossaryPath, localizedDocDir} from '../../../src/core/i18n/paths';
import {runCli} from './runCli';
import {copySite} from './site';

const ZH_PAGE = join(localizedDocDir('zh-TW'), 'websockets.md');

describe('the glossary in check, import and export', () => {
  it('check warns where a page renders a term otherwise or translates a name to keep, at its line:column', async () => {
    const root = copySite();
    const page = join(root, ZH_PAGE);
    writeFileSync(
      page,
      readFileSync(page, 'utf8')
        .replace('>設定中介軟體。<', '>設定中繼軟體。<')
        .replace('>如果在開始此迴圈之前接受 WebSocket 連線，中介軟體管線就會結束。<', '>如果在開始此迴圈之前接受網路插座連線，中介軟體管線就會結束。<'),
    );
    const result = await runCli(root, ['--json', 'check']);
    const findings = (JSON.parse(result.stdout).findings as Array<{code: string; id: string; line: number; message: string}>).filter(
      (f) => f.code.startsWith('L10N_GLOSSARY') || f.code === 'L10N_NO_LOC',
    );
    expect(findings.map(({code, id, message}) => ({code, id, message}))).toEqual([
      {
        code: 'L10N_GLOSSARY',
        id: expect.stringMatching(/^c67d8-/),
        message: 'the glossary has "middleware" as "中介軟體", which the translation does not have',
      },
      {code: 'L10N_NO_LOC', id: expect.stringMatching(/^c67d8-/), message: '"WebSocket" is not to be translated, and the translation does not have it'},
    ]);
    expect(findings[0]?.line).toBeGreaterThan(1);
  });

  it('import applies a translation that renders a term otherwise, with a warning', async () => {
    const root = copySite();
    const file = join(root, 'zh.po');
    await runCli(root, ['export', '--locale', 'zh-TW', '--format', 'po', '--out', file]);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'msgid "Configure the middleware."\nmsgstr "設定中介軟體。"',
        'msgid "Configure the middleware."\nmsgstr "設定中繼軟體。"',
      ),
    );
    const result = JSON.parse((await runCli(root, ['--json', 'import', file])).stdout);
    expect(result.applied).toHaveLength(1);
    expect(result.warnings).toEqual([
      {
        page: 'websockets.md',
        id: result.applied[0].id,
        code: 'L10N_GLOSSARY',
        message: 'the glossary has "middleware" as "中介軟體", which the translation does not have',
      },
    ]);
  });

  it('export carries the terms of each sentence: PO comments, XLIFF notes', async () => {
    const root = copySite();
    await runCli(root, ['export', '--locale', 'zh-TW', '--format', 'po', '--out', join(root, 'zh.po')]);
    await runCli(root, ['export', '--locale', 'zh-TW', '--format', 'xliff', '--out', join(root, 'zh.xlf')]);
    expect(readFileSync(join(root, 'zh.po'), 'utf8')).toMatch(
      /#\. glossary: middleware → 中介軟體 \(ASP\.NET Core request pipeline component\)\n(#\..*\n)*#: websockets\.md\nmsgctxt "[^"]*"\nmsgid "Configure the middleware\."/,
    );
    expect(readFileSync(join(root, 'zh.xlf'), 'utf8')).toContain('<note category="glossary">WebSocket: keep as is (protocol name)</note>');
  });

  it('refuses a glossary it cannot read, naming the file and line', async () => {
    const root = copySite();
    writeFileSync(join(root, glossaryPath('zh-TW')), 'en,zh-TW,note\nmiddleware,,\n');
    const result = await runCli(root, ['--json', 'check']);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stderr).errors[0]).toMatchObject({code: 'ERR_GLOSSARY', file: glossaryPath('zh-TW'), line: 2});
  });
});

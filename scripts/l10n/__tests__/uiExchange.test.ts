import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {demoStringsPath, localizedDocDir} from '../../../src/core/i18n/paths';
import {runCli} from './runCli';
import {copySite} from './site';

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');

async function exportPo(root: string, locale: string): Promise<{file: string; text: string}> {
  const file = join(root, `${locale}.po`);
  expect((await runCli(root, ['export', '--locale', locale, '--format', 'po', '--out', file])).exitCode).toBe(0);
  return {file, text: readFileSync(file, 'utf8')};
}

describe('UI strings and front matter go through the same files', () => {
  it('exports Docusaurus strings with their descriptions, the demo’s strings and each page’s title and description', async () => {
    const {text} = await exportPo(copySite(), 'zh-TW');
    expect(text).toContain(
      '#. description: Link in a localized doc page\'s footer to report a problem with its translation\n#: ui/code.json\nmsgctxt "ui/code.json#report.translationProblem"\nmsgid "Report a translation problem"\nmsgstr "回報翻譯問題"',
    );
    expect(text).toContain('msgctxt "ui/docusaurus-theme-classic/navbar.json#item.label.Translation status"\nmsgid "Translation status"');
    expect(text).toContain('msgctxt "ui/demo.json#entry.connecting"\nmsgid "Connecting to {{url}}"\nmsgstr "正在連線到 {{url}}"');
    expect(text).toContain(
      'msgctxt "websockets.md#front-matter:title"\nmsgid "WebSockets support in ASP.NET Core"\nmsgstr "ASP.NET Core 中的 WebSockets 支援"',
    );
  });

  it('imports them into their files, changing only what was translated, and keeps interpolations', async () => {
    const root = copySite();
    const {file, text} = await exportPo(root, 'zh-TW');
    const code = read(root, 'i18n/zh-TW/code.json');
    const demo = read(root, demoStringsPath('zh-TW'));
    const page = read(root, join(localizedDocDir('zh-TW'), 'websockets.md'));
    writeFileSync(
      file,
      text
        .replace('msgid "Report a translation problem"\nmsgstr "回報翻譯問題"', 'msgid "Report a translation problem"\nmsgstr "回報翻譯錯誤"')
        .replace('msgid "Connecting to {{url}}"\nmsgstr "正在連線到 {{url}}"', 'msgid "Connecting to {{url}}"\nmsgstr "連線至 {{url}} 中"')
        .replace(
          'msgid "WebSockets support in ASP.NET Core"\nmsgstr "ASP.NET Core 中的 WebSockets 支援"',
          'msgid "WebSockets support in ASP.NET Core"\nmsgstr "ASP.NET Core: WebSockets 支援"',
        ),
    );
    const result = JSON.parse((await runCli(root, ['--json', 'import', file])).stdout);
    expect(result.rejected).toEqual([]);
    expect(result.applied).toEqual(
      expect.arrayContaining([
        {page: 'ui/code.json', id: 'report.translationProblem'},
        {page: 'ui/demo.json', id: 'entry.connecting'},
        {page: 'websockets.md', id: 'front-matter:title'},
      ]),
    );
    expect(result.applied).toHaveLength(3);
    expect(read(root, 'i18n/zh-TW/code.json')).toBe(code.replace('"message": "回報翻譯問題"', '"message": "回報翻譯錯誤"'));
    expect(read(root, demoStringsPath('zh-TW'))).toBe(demo.replace('"connecting": "正在連線到 {{url}}"', '"connecting": "連線至 {{url}} 中"'));
    // YAML quotes the title now that it holds ": ".
    expect(read(root, join(localizedDocDir('zh-TW'), 'websockets.md'))).toBe(
      page.replace('title: ASP.NET Core 中的 WebSockets 支援', 'title: "ASP.NET Core: WebSockets 支援"'),
    );
  });

  it('refuses a UI string that loses an interpolation, writing nothing', async () => {
    const root = copySite();
    const {file, text} = await exportPo(root, 'zh-TW');
    const code = read(root, 'i18n/zh-TW/code.json');
    writeFileSync(file, text.replace(/(msgctxt "ui\/code\.json#docfxVideo\.notice"\nmsgid "[^"]*"\nmsgstr )"[^"]*"/, '$1"按下播放後才會載入播放器。"'));
    const result = await runCli(root, ['import', file]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/refused: ui\/code\.json docfxVideo\.notice: L10N_PLACEHOLDER the English's interpolations \["\{host\}"\] must stay/);
    expect(read(root, 'i18n/zh-TW/code.json')).toBe(code);
  });

  it('offers a UI string a locale lacks as new, and adds it', async () => {
    const root = copySite();
    const path = 'i18n/pt-BR/code.json';
    const json = JSON.parse(read(root, path)) as Record<string, unknown>;
    delete json['report.aboutSentence'];
    writeFileSync(join(root, path), `${JSON.stringify(json, null, 2)}\n`);
    const {file, text} = await exportPo(root, 'pt-BR');
    expect(text).toContain('msgctxt "ui/code.json#report.aboutSentence"\nmsgid "About the sentence:"\nmsgstr ""');
    writeFileSync(file, text.replace('msgid "About the sentence:"\nmsgstr ""', 'msgid "About the sentence:"\nmsgstr "Sobre a frase:"'));
    expect(JSON.parse((await runCli(root, ['--json', 'import', file])).stdout).applied).toEqual([{page: 'ui/code.json', id: 'report.aboutSentence'}]);
    expect(JSON.parse(read(root, path))['report.aboutSentence']).toEqual({
      message: 'Sobre a frase:',
      description: "Under the report link once the reader chose a sentence, before the sentence's text",
    });
  });
});

import {copyFileSync, mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {MAX_FILE_BYTES} from '../lib/translatorImport';
import {runCli} from './runCli';
import {xliff12} from './xliff12';
import {copySite} from './site';

const ZH_DIR = 'i18n/zh-TW/docusaurus-plugin-content-docs/current';
const SENTENCE = '本文說明如何在 ASP.NET Core 中開始使用 WebSocket。';
const REVISED = '本文說明如何開始使用 WebSocket（已修訂）。';

/** Every localized page of the copy, to prove a refused import changed no byte. */
function snapshot(root: string): Record<string, string> {
  const dir = join(root, ZH_DIR);
  return Object.fromEntries(
    readdirSync(dir, {recursive: true, encoding: 'utf8'})
      .filter((f) => f.endsWith('.md'))
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

async function exported(format: 'xliff' | 'po' | 'i18next'): Promise<{root: string; file: string; text: string}> {
  const root = copySite();
  const file = join(root, {xliff: 'zh.xlf', po: 'zh.po', i18next: 'zh.json'}[format]);
  await runCli(root, ['export', '--locale', 'zh-TW', '--format', format, '--out', file]);
  return {root, file, text: readFileSync(file, 'utf8')};
}

describe('a translator file is imported whole or not at all', () => {
  it('writes nothing when one unit of the file is refused, and lists every refusal', async () => {
    const {root, file, text} = await exported('po');
    writeFileSync(file, text.replace(SENTENCE, REVISED).replace('websockets.md#c67d8-106"', 'websockets.md#c67d8-999"'));
    const before = snapshot(root);
    const result = await runCli(root, ['--json', 'import', file]);
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.rejected).toEqual([{page: 'websockets.md', id: 'c67d8-999', reason: 'unknown id'}]);
    expect(report.written).toEqual([]);
    expect(snapshot(root)).toEqual(before);
    const text2 = await runCli(root, ['import', file]);
    expect(text2.stdout).toMatch(/nothing was written: 1 unit\(s\) refused/);
  });

  it.each([
    ['a truncated XLIFF file', 'xliff', (t: string) => t.slice(0, t.length / 2), /zh\.xlf:\d+:\d+: the file is not well-formed XML/],
    ['JSON with a syntax error', 'i18next', (t: string) => t.replace('",\n', '"\n'), /zh\.json:\d+:\d+: the file is not valid JSON/],
    [
      'JSON whose page is not an object',
      'i18next',
      () => '{"websockets.md": null}',
      /"websockets\.md" must be an object of sentence ids and translations, not null/,
    ],
    [
      'JSON whose translation is a number',
      'i18next',
      () => '{"websockets.md": {"c67d8-105": 42}}',
      /"websockets\.md" › "c67d8-105" must be a translation \(a string\), not 42/,
    ],
    ['a JSON array', 'i18next', () => '[]', /an i18next file is an object of pages/],
    ['an XML file that is not XLIFF', 'xliff', () => '<?xml version="1.0"?><html/>', /not an XLIFF file/],
    [
      'XLIFF of an unknown version',
      'xliff',
      (t: string) => t.replace('version="2.0"', 'version="2.1"'),
      /XLIFF 2\.1 is not supported; export XLIFF 2\.0 or 1\.2/,
    ],
    [
      'XLIFF with an inline code whose data the unit does not have',
      'xliff',
      (t: string) => t.replace(REVISED, '本文說明如何開始使用 <ph id="9" dataRef="d99"/>。'),
      /unit "c67d8-105": <ph> refers to data "d99", which the unit's <originalData> does not have/,
    ],
    [
      'XLIFF with an inline code that stands for nothing',
      'xliff',
      (t: string) => t.replace(REVISED, '本文說明如何開始使用 <ph id="9"/>。'),
      /unit "c67d8-105": <ph> has no data reference/,
    ],
  ] as const)('refuses %s with what and where, writing nothing', async (_name, format, edit, message) => {
    const {root, file, text} = await exported(format);
    writeFileSync(file, edit(text.replace(SENTENCE, REVISED)));
    const before = snapshot(root);
    const result = await runCli(root, ['--json', 'import', file, ...(format === 'i18next' ? ['--locale', 'zh-TW'] : [])]);
    expect(result.exitCode).toBe(1);
    const [error] = JSON.parse(result.stderr).errors;
    expect(error.code).toBe('ERR_FORMAT');
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/Cannot convert|reading '|\[object Object\]|undefined/);
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses a file past the size limit before reading it, saying how to split it', async () => {
    const {root, file} = await exported('xliff');
    // A sparse file: the size without the bytes.
    truncateSync(file, MAX_FILE_BYTES + 1);
    const before = snapshot(root);
    const result = await runCli(root, ['--json', 'import', file]);
    expect(result.exitCode).toBe(1);
    const [error] = JSON.parse(result.stderr).errors;
    expect(error.code).toBe('ERR_TOO_LARGE');
    expect(error.message).toMatch(/is 256 MB; import reads files up to 256 MB .* Split it/);
    expect(snapshot(root)).toEqual(before);
  });

  it('accepts a JSON file that starts with a byte order mark', async () => {
    const {root, file, text} = await exported('i18next');
    writeFileSync(file, `\uFEFF${text.replace(SENTENCE, REVISED)}`);
    const result = await runCli(root, ['--json', 'import', file, '--locale', 'zh-TW']);
    expect([result.exitCode, JSON.parse(result.stdout).applied]).toEqual([0, [{page: 'websockets.md', id: 'c67d8-105'}]]);
    expect(readFileSync(join(root, ZH_DIR, 'websockets.md'), 'utf8')).toContain(REVISED);
  });
});

describe("check's rules run before anything is written", () => {
  const CODE_SENTENCE = '在 `Startup` 類別的 `Configure` 方法中新增 WebSocket 中介軟體：';
  it.each([
    [
      'a script element',
      '在 `Startup` 類別的 `Configure` 方法中新增中介軟體<script>alert(1)</script>：',
      /c67d8-142: L10N_MARKUP markup that could run in the page/,
    ],
    [
      'an event handler attribute',
      '在 `Startup` 類別的 `Configure` 方法中<img src=x onerror=alert(1)>新增：',
      /c67d8-142: L10N_MARKUP markup that could run in the page/,
    ],
    [
      'a javascript: URL',
      '在 `Startup` 類別的 `Configure` 方法中新增[中介軟體](javascript:alert(1))：',
      /c67d8-142: .*L10N_MARKUP script URL in the translation/,
    ],
    ['a changed inline code', '在 `Startup` 類別的 `Configur` 方法中新增 WebSocket 中介軟體：', /c67d8-142: L10N_CODE inline code spans differ/],
  ])('refuses %s, writing nothing', async (_name, translation, reason) => {
    const {root, file, text} = await exported('po');
    writeFileSync(file, text.replace(`msgstr "${CODE_SENTENCE}"`, `msgstr "${translation}"`));
    const before = snapshot(root);
    const result = await runCli(root, ['import', file]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(reason);
    expect(result.stdout).toContain('nothing was written');
    expect(snapshot(root)).toEqual(before);
  });

  it('applies a translation with only warnings, and reports them', async () => {
    const {root, file, text} = await exported('po');
    const emphasis = '在 `Startup` 類別的 `Configure` 方法中新增 **WebSocket 中介軟體：';
    writeFileSync(file, text.replace(`msgstr "${CODE_SENTENCE}"`, `msgstr "${emphasis}"`));
    const result = await runCli(root, ['--json', 'import', file]);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).warnings).toEqual([
      {page: 'websockets.md', id: 'c67d8-142', code: 'L10N_EMPHASIS', message: 'emphasis "**" is unbalanced or differs from the English'},
    ]);
    expect(readFileSync(join(root, ZH_DIR, 'websockets.md'), 'utf8')).toContain(emphasis);
  });
});

describe('states mean what they say', () => {
  it('does not apply a fuzzy PO entry or an initial XLIFF segment, and lists them as drafts', async () => {
    const po = await exported('po');
    writeFileSync(
      po.file,
      po.text
        .replace(
          `msgid "This article explains how to get started with WebSockets in ASP.NET Core."\nmsgstr "${SENTENCE}"`,
          `msgid "This article explains how to get started with WebSockets in ASP.NET Core."\nmsgstr "${REVISED}"`,
        )
        .replace(/\n(msgctxt "websockets\.md#c67d8-105")/, '\n#, fuzzy\n$1'),
    );
    const before = snapshot(po.root);
    const fromPo = JSON.parse((await runCli(po.root, ['--json', 'import', po.file])).stdout);
    // The export itself marks the sentences that need review as fuzzy: drafts too, until a translator clears the flag.
    const toReview = po.text.match(/^#, fuzzy$/gm)?.length ?? 0;
    expect(toReview).toBeGreaterThan(0);
    expect(fromPo.applied).toEqual([]);
    expect(fromPo.drafts).toContainEqual({page: 'websockets.md', id: 'c67d8-105', state: 'fuzzy'});
    expect(fromPo.drafts).toHaveLength(toReview + 1);
    expect(snapshot(po.root)).toEqual(before);

    const xliff = await exported('xliff');
    // The export writes each segment's state: the sentence is translated; a CAT tool sets it back to initial.
    const edited = xliff.text.replace(/(<unit id="c67d8-105">[\s\S]*?<segment) state="translated">/, '$1 state="initial">').replace(SENTENCE, REVISED);
    expect(edited).not.toBe(xliff.text.replace(SENTENCE, REVISED));
    writeFileSync(xliff.file, edited);
    const fromXliff = JSON.parse((await runCli(xliff.root, ['--json', 'import', xliff.file])).stdout);
    expect(fromXliff.applied).toEqual([]);
    // With the sentences that need review, which the export itself marks initial, as PO marks them
    // fuzzy; new sentences are initial too, but with no target they are nothing to apply.
    expect(xliff.text.match(/<note category="state">needs-review<\/note>/g)).toHaveLength(toReview);
    expect(fromXliff.drafts).toContainEqual({page: 'websockets.md', id: 'c67d8-105', state: 'state="initial"'});
    expect(fromXliff.drafts).toHaveLength(toReview + 1);
  });
});

describe('XLIFF 1.2', () => {
  it('is read as translate-toolkit and older CAT tools write it: finished targets applied, needs-* ones as drafts', async () => {
    const root = copySite();
    const file = join(root, 'zh-1.2.xlf');
    writeFileSync(
      file,
      xliff12([
        {id: 'c67d8-105', english: 'This article explains how to get started with WebSockets in ASP.NET Core.', target: REVISED, state: 'translated'},
        {
          id: 'c67d8-107',
          english: "It's used in apps that benefit from fast, real-time communication, such as chat, dashboard, and game apps.",
          target: '草稿。',
          state: 'needs-review-translation',
        },
      ]),
    );
    const result = await runCli(root, ['--json', 'import', file]);
    const report = JSON.parse(result.stdout);
    expect([result.exitCode, report.locale, report.applied, report.drafts]).toEqual([
      0,
      'zh-TW',
      [{page: 'websockets.md', id: 'c67d8-105'}],
      [{page: 'websockets.md', id: 'c67d8-107', state: 'state="needs-review-translation"'}],
    ]);
    const page = readFileSync(join(root, ZH_DIR, 'websockets.md'), 'utf8');
    expect(page).toContain(REVISED);
    expect(page).not.toContain('草稿');
  });
});

describe('XLIFF 2.0 as written', () => {
  it('names each file with an NMTOKEN id and its page path in original, and reads a page in a subfolder back', async () => {
    const root = copySite();
    mkdirSync(join(root, 'docs/guides'));
    mkdirSync(join(root, ZH_DIR, 'guides'));
    copyFileSync(join(root, 'docs/websockets.md'), join(root, 'docs/guides/web sockets.md'));
    copyFileSync(join(root, ZH_DIR, 'websockets.md'), join(root, ZH_DIR, 'guides/web sockets.md'));
    const file = join(root, 'zh.xlf');
    await runCli(root, ['export', '--locale', 'zh-TW', '--format', 'xliff', '--out', file]);
    const text = readFileSync(file, 'utf8');
    const files = [...text.matchAll(/<file id="([^"]*)" original="([^"]*)">/g)].map(([, id, original]) => ({id, original}));
    expect(files).toContainEqual({id: 'guides_x002F_web_x0020_sockets.md', original: 'guides/web sockets.md'});
    // NMTOKEN: name characters only, as the XLIFF 2.0 core schema types file/@id.
    for (const {id} of files) expect(id).toMatch(/^[\p{L}\p{N}._:-]+$/u);
    const ids = text.match(/<file /g) ?? [];
    expect(files).toHaveLength(ids.length);
    writeFileSync(file, text.split(`<target>${SENTENCE}</target>`).join(`<target>${REVISED}</target>`));
    const result = JSON.parse((await runCli(root, ['--json', 'import', file])).stdout);
    expect(result.applied).toEqual([
      {page: 'guides/web sockets.md', id: 'c67d8-105'},
      {page: 'websockets.md', id: 'c67d8-105'},
    ]);
    expect(readFileSync(join(root, ZH_DIR, 'guides/web sockets.md'), 'utf8')).toContain(REVISED);
  });
});

describe('a file in another language', () => {
  it('is refused whole: a zh-TW JSON imported as ja-JP is told by its writing', async () => {
    const {root, file} = await exported('i18next');
    const i18n = () =>
      readdirSync(join(root, 'i18n'), {recursive: true, encoding: 'utf8'}).map(
        (f) => `${f}:${f.endsWith('.md') ? readFileSync(join(root, 'i18n', f), 'utf8').length : ''}`,
      );
    const before = i18n();
    const result = await runCli(root, ['--json', 'import', file, '--locale', 'ja-JP']);
    expect(result.exitCode).toBe(1);
    // With --json, errors are JSON on standard error.
    expect(result.stderr).toContain('"code": "ERR_LOCALE"');
    expect(result.stderr).toMatch(/the file is not ja-JP: it reads as Chinese: none of its \d+ translations has kana/);
    expect(i18n()).toEqual(before);
    // Under its own locale it goes in.
    expect((await runCli(root, ['--json', 'import', file, '--locale', 'zh-TW'])).exitCode).toBe(0);
  });
});

describe('PO plurals', () => {
  it('refuses a plural entry clearly, writing nothing', async () => {
    const po = await exported('po');
    const plural = po.text.replace(
      /(msgctxt "websockets\.md#c67d8-105"\nmsgid "[^"]*"\n)msgstr "([^"]*)"/,
      '$1msgid_plural "These articles explain how to get started."\nmsgstr[0] "$2"',
    );
    expect(plural).toContain('msgid_plural');
    writeFileSync(po.file, plural);
    const before = snapshot(po.root);
    const result = await runCli(po.root, ['import', po.file]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('entry "websockets.md#c67d8-105" has plural forms (msgid_plural)');
    expect(snapshot(po.root)).toEqual(before);
  });
});

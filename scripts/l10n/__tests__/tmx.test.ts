import {execFileSync} from 'node:child_process';
import {copyFileSync, existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {TRANSLATED_LOCALES} from '../../../src/core/i18n/locales';
import {memoryPath} from '../../../src/core/i18n/paths';
import {runCli} from './runCli';
import {copySite} from './site';

/** The TMX 1.4b DTD, unchanged (see SOURCE.md beside it). */
const DTD = join(__dirname, '__fixtures__/tmx-1.4b/tmx14.dtd');

async function exportTmx(root: string, locale: string): Promise<{file: string; text: string}> {
  const file = join(root, `${locale}.tmx`);
  const result = await runCli(root, ['export', '--locale', locale, '--format', 'tmx', '--out', file]);
  expect(result.exitCode).toBe(0);
  return {file, text: readFileSync(file, 'utf8')};
}

const memoryOf = (root: string, locale: string) => (existsSync(join(root, memoryPath(locale))) ? readFileSync(join(root, memoryPath(locale)), 'utf8') : '');

/** A TMX file as another tool writes it: lower-case language tags, codes and highlights, a unit for a language the site does not have. */
const OTHER_TOOL = (units: string) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="OtherTool" creationtoolversion="9" segtype="sentence" o-tmf="ot" adminlang="en-US" srclang="en-US" datatype="plaintext"/>
  <body>
${units}
  </body>
</tmx>
`;

describe('TMX 1.4b', () => {
  it('exports every locale’s translated sentences and memory, valid against the TMX 1.4b DTD', async () => {
    const root = copySite();
    for (const locale of TRANSLATED_LOCALES) {
      const {file, text} = await exportTmx(root, locale);
      copyFileSync(DTD, join(root, 'tmx14.dtd'));
      expect(() => execFileSync('xmllint', ['--noout', '--dtdvalid', DTD, file], {stdio: 'pipe'})).not.toThrow();
      expect(text.match(/<tu[ >]/g)?.length).toBeGreaterThan(50);
      expect(text).toMatch(new RegExp(`<tuv xml:lang="${locale}"><seg>`));
    }
    const {text} = await exportTmx(root, 'zh-TW');
    // A link's text between its codes, its URL kept as the code's content.
    expect(text).toContain(
      '<tuv xml:lang="en"><seg><bpt i="1" x="1">[</bpt>WebSocket<ept i="1">](https://wikipedia.org/wiki/WebSocket)</ept> (<bpt i="2" x="2">[</bpt>RFC 6455<ept i="2">](https://tools.ietf.org/html/rfc6455)</ept>) is a protocol',
    );
    expect(text).toMatch(/<tu creationdate="20180215T000000Z">\s*<prop type="x-page">websockets\.md<\/prop>\s*<prop type="x-id">c67d8-105<\/prop>/);
  });

  it('round trips without adding anything: every entry is known already', async () => {
    const root = copySite();
    const {file} = await exportTmx(root, 'ja-JP');
    const before = memoryOf(root, 'ja-JP');
    const result = await runCli(root, ['--json', 'import', file]);
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.locales).toEqual([{locale: 'ja-JP', added: 0, known: expect.any(Number)}]);
    expect(report.locales[0].known).toBeGreaterThan(50);
    expect(report.written).toEqual([]);
    expect(memoryOf(root, 'ja-JP')).toBe(before);
  });

  it('merges another tool’s TM once, and the pages use it: a new English sentence comes out translated', async () => {
    const root = copySite();
    const file = join(root, 'other.tmx');
    writeFileSync(
      file,
      OTHER_TOOL(`    <tu tuid="t1"><tuv xml:lang="en-US"><seg>Enabling WebSockets on IIS</seg></tuv><tuv xml:lang="zh-tw"><seg>在 <hi type="term">IIS</hi> 上啟用 WebSockets</seg></tuv></tu>
    <tu tuid="t2"><tuv xml:lang="en-US"><seg>Use <ph x="1">\`UseWebSockets\`</ph> here.</seg></tuv><tuv xml:lang="zh-tw"><seg>在此使用 <ph x="1">\`UseWebSockets\`</ph>。</seg></tuv><tuv xml:lang="fr-FR"><seg>Utilisez <ph x="1">\`UseWebSockets\`</ph> ici.</seg></tuv></tu>
    <tu tuid="t3"><tuv xml:lang="fr-FR"><seg>Bonjour</seg></tuv></tu>`),
    );
    const first = JSON.parse((await runCli(root, ['--json', 'import', file])).stdout);
    expect(first.locales).toEqual([{locale: 'zh-TW', added: 2, known: 0}]);
    expect(first.ignored).toBe(1);
    expect(first.written).toEqual([memoryPath('zh-TW')]);
    const memory = JSON.parse(memoryOf(root, 'zh-TW')) as Array<{source: string; target: string; id: string}>;
    expect(memory).toContainEqual({source: 'Use `UseWebSockets` here.', target: '在此使用 `UseWebSockets`。', page: '', id: 't2'});
    const again = JSON.parse((await runCli(root, ['--json', 'import', file])).stdout);
    expect([again.locales, again.written]).toEqual([[{locale: 'zh-TW', added: 0, known: 2}], []]);

    const po = join(root, 'zh.po');
    await runCli(root, ['export', '--locale', 'zh-TW', '--format', 'po', '--out', po]);
    expect(readFileSync(po, 'utf8')).toMatch(/msgid "Enabling WebSockets on IIS"\nmsgstr "在 IIS 上啟用 WebSockets"/);
  });

  it('refuses a TM entry with markup that could run, and a file that is not well-formed, writing nothing', async () => {
    const root = copySite();
    const file = join(root, 'bad.tmx');
    writeFileSync(
      file,
      OTHER_TOOL(`    <tu><tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="zh-TW"><seg>你好</seg></tuv></tu>
    <tu><tuv xml:lang="en"><seg>Click here</seg></tuv><tuv xml:lang="zh-TW"><seg>按一下&lt;script&gt;alert(1)&lt;/script&gt;</seg></tuv></tu>`),
    );
    const before = memoryOf(root, 'zh-TW');
    const result = await runCli(root, ['import', file]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/refused: .*bad\.tmx:7 \(zh-TW\): L10N_MARKUP markup that could run in the page: \["<script>","<\/script>"\]/);
    expect(result.stdout).toContain('nothing was written');
    expect(memoryOf(root, 'zh-TW')).toBe(before);

    writeFileSync(file, OTHER_TOOL('    <tu><tuv xml:lang="en"><seg>Hello</seg></tuv>'));
    const broken = await runCli(root, ['--json', 'import', file]);
    expect(broken.exitCode).toBe(1);
    expect(JSON.parse(broken.stderr).errors[0]).toMatchObject({
      code: 'ERR_FORMAT',
      line: 7,
      column: 10,
      message: expect.stringContaining('not well-formed XML (unexpected close tag.)'),
    });
  });
});

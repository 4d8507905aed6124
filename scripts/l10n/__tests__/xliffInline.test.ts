import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {Xliff} from 'ilib-xliff';
import {describe, expect, it} from 'vitest';
import {LOCALES} from '../../../src/core/i18n/locales';
import {runCli} from './runCli';
import {xliff12} from './xliff12';
import {copySite} from './site';

const ZH_PAGE = 'i18n/zh-TW/docusaurus-plugin-content-docs/current/websockets.md';
/** The OASIS XLIFF 2.0 core schema, unchanged (see SOURCE.md beside it). */
const SCHEMA = join(__dirname, '__fixtures__/xliff-2.0-schema/xliff_core_2.0.xsd');

/** xmllint's verdict: exit 0 and "validates", or the schema errors it printed. */
function validate(file: string): string {
  try {
    execFileSync('xmllint', ['--noout', '--schema', SCHEMA, file], {stdio: 'pipe'});
    return 'valid';
  } catch (error) {
    return String((error as {stderr?: Buffer}).stderr);
  }
}

async function exportXliff(root: string, locale = 'zh-TW', ...args: string[]): Promise<{file: string; text: string}> {
  const file = join(root, `${locale}.xlf`);
  const result = await runCli(root, ['export', '--locale', locale, '--format', 'xliff', '--out', file, ...args]);
  expect(result.exitCode).toBe(0);
  return {file, text: readFileSync(file, 'utf8')};
}

/** The `<unit>` element whose source (not its notes) holds this text. */
const unitWith = (text: string, needle: string) =>
  text
    .split(/(?=<unit )/)
    .map((u) => u.slice(0, u.indexOf('</unit>') + '</unit>'.length))
    .find((u) => u.startsWith('<unit ') && /<source>[\s\S]*<\/source>/.exec(u)?.[0].includes(needle));

describe('XLIFF 2.0 export', () => {
  it('is valid against the OASIS XLIFF 2.0 core schema in every locale and every state filter', async () => {
    const root = copySite();
    const verdicts: Record<string, string> = {};
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      verdicts[locale] = validate((await exportXliff(root, locale)).file);
      const unfinished = join(root, `${locale}-unfinished.xlf`);
      const result = await runCli(root, ['--json', 'export', '--locale', locale, '--format', 'xliff', '--out', unfinished, '--state', 'needs-review,new']);
      // No sentence in those states: no file, as an XLIFF file without units would not be valid.
      verdicts[`${locale} needs-review`] = JSON.parse(result.stderr).units === 0 ? (existsSync(unfinished) ? 'written' : 'valid') : validate(unfinished);
    }
    expect(Object.values(verdicts).every((v) => v === 'valid') ? 'all valid' : verdicts).toBe('all valid');
  });

  it('protects links, inline code and URLs as inline codes over the unit’s original data, the same ids in source and target', async () => {
    const {text} = await exportXliff(copySite());
    const unit = unitWith(text, 'is a protocol that enables two-way');
    expect(unit).toContain(
      '<source><pc id="1" dataRefStart="d1" dataRefEnd="d2">WebSocket</pc> (<pc id="2" dataRefStart="d1" dataRefEnd="d3">RFC 6455</pc>) is a protocol',
    );
    expect(unit).toContain(
      '<target><pc id="1" dataRefStart="d1" dataRefEnd="d2">WebSocket</pc> (<pc id="2" dataRefStart="d1" dataRefEnd="d3">RFC 6455</pc>) 為通訊協定',
    );
    expect(unit).toMatch(/<data id="d1">\[<\/data>\s*<data id="d2">\]\(https:\/\/wikipedia\.org\/wiki\/WebSocket\)<\/data>/);
  });
});

describe('another XLIFF reader', () => {
  it('loads every unit of every locale’s export with ilib-xliff: page, id, English and translation', async () => {
    const root = copySite();
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const {file, text} = await exportXliff(root, locale);
      const xliff = new Xliff({version: '2.0'});
      xliff.deserialize(readFileSync(file, 'utf8'));
      const units = xliff.getTranslationUnits();
      expect(units).toHaveLength(text.match(/<unit /g)?.length ?? -1);
      const sentence = units.find(
        (u) => u.file === 'websockets.md' && u.source === 'This article explains how to get started with WebSockets in ASP.NET Core.',
      );
      expect([sentence?.targetLocale, sentence?.id]).toEqual([locale, expect.stringMatching(/^[0-9a-f]{5}-105$/)]);
      expect(sentence?.target).toBeTruthy();
    }
  });
});

describe('XLIFF import of what CAT tools write', () => {
  it('reads codes a translator moved, term annotations and a unit split in two segments back into Markdown', async () => {
    const root = copySite();
    const {file, text} = await exportXliff(root);
    const unit = unitWith(text, 'is a protocol that enables two-way') ?? '';
    const edited = unit
      .replace(
        /<target>[\s\S]*?<\/target>/,
        '<target><mrk id="m1" type="term"><pc id="1" dataRefStart="d1" dataRefEnd="d2">WebSocket</pc></mrk>（<pc id="2" dataRefStart="d1" dataRefEnd="d3">RFC 6455</pc>）是一種通訊協定。</target>',
      )
      .replace('state="initial"', 'state="translated"');
    const split = (unitWith(text, 'Accept WebSocket requests</source>') ?? '').replace(/<segment state="[^"]*">[\s\S]*<\/segment>/, (segment) => {
      const source = /<source>([\s\S]*?)<\/source>/.exec(segment)?.[1] ?? '';
      return `<segment state="translated"><source>${source}</source><target>接受</target></segment><ignorable><source/><target>，</target></ignorable><segment state="translated"><source/><target>WebSocket 連線要求</target></segment>`;
    });
    writeFileSync(file, text.replace(unit, edited).replace(unitWith(text, 'Accept WebSocket requests</source>') ?? '', split));
    const result = await runCli(root, ['--json', 'import', file]);
    expect(result.exitCode).toBe(0);
    const page = readFileSync(join(root, ZH_PAGE), 'utf8');
    expect(page).toContain('[WebSocket](https://wikipedia.org/wiki/WebSocket)（[RFC 6455](https://tools.ietf.org/html/rfc6455)）是一種通訊協定。');
    expect(page).toMatch(/>接受，WebSocket 連線要求<\/span>/);
  });

  it('reads XLIFF 1.2 codes: <g> keeps its text, <ph> and <bpt>/<ept> give back their Markdown', async () => {
    const root = copySite();
    const {file} = await exportXliff(root);
    const english = 'Add the WebSockets middleware in the `Configure` method of the `Startup` class:';
    writeFileSync(
      file,
      xliff12([
        {
          id: 'c67d8-142',
          english,
          target: '在 <ph id="1">`Startup`</ph> 類別的 <bpt id="2">`</bpt>Configure<ept id="2">`</ept> 方法中新增 <g id="3">WebSocket</g> 中介軟體（已修訂）：',
          state: 'translated',
        },
      ]),
    );
    const result = await runCli(root, ['--json', 'import', file]);
    expect([result.exitCode, JSON.parse(result.stdout).applied]).toEqual([0, [{page: 'websockets.md', id: 'c67d8-142'}]]);
    expect(readFileSync(join(root, ZH_PAGE), 'utf8')).toContain('在 `Startup` 類別的 `Configure` 方法中新增 WebSocket 中介軟體（已修訂）：');
  });
});

import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import i18next from 'i18next';
import {describe, expect, it} from 'vitest';
import {runCli} from './runCli';
import {copySite} from './site';

const SCHEMA = join(__dirname, '__fixtures__/xliff-2.0-schema/xliff_core_2.0.xsd');

async function exported(root: string, format: string, ...args: string[]): Promise<string> {
  const file = join(root, `${format}${args.length ? '-source' : ''}.${format === 'i18next' ? 'json' : format === 'xliff' ? 'xlf' : 'po'}`);
  const result = await runCli(root, ['export', '--locale', 'ja-JP', '--format', format, '--out', file, ...args]);
  expect(result.exitCode).toBe(0);
  return file;
}

describe('English as a source-only file', () => {
  it('pairs with the translation file in i18next itself: every key gives the translation, or the English where there is none', async () => {
    const root = copySite();
    const source = JSON.parse(readFileSync(await exported(root, 'i18next', '--source'), 'utf8')) as Record<string, Record<string, string>>;
    const target = JSON.parse(readFileSync(await exported(root, 'i18next'), 'utf8')) as Record<string, Record<string, string>>;
    // The same keys, the English as values.
    expect(Object.keys(source)).toEqual(Object.keys(target));
    for (const page of Object.keys(source)) expect(Object.keys(source[page] ?? {})).toEqual(Object.keys(target[page] ?? {}));
    expect(source['websockets.md']?.['71f32-105']).toBe('This article explains how to get started with WebSockets in ASP.NET Core.');

    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'ja-JP',
      fallbackLng: 'en',
      resources: {en: {translation: source}, 'ja-JP': {translation: target}},
      keySeparator: '#',
      nsSeparator: false,
      returnEmptyString: false,
      interpolation: {escapeValue: false},
    });
    let translated = 0;
    for (const [page, entries] of Object.entries(target)) {
      for (const [id, text] of Object.entries(entries)) {
        // The demo's strings hold {{…}} interpolations: i18next leaves one it has no value for as written.
        expect(i18n.t(`${page}#${id}`)).toBe(text || source[page]?.[id]);
        if (text) translated++;
      }
    }
    expect(translated).toBeGreaterThan(50);
  });

  it('is a PO template and an XLIFF file without targets, both valid for their tools', async () => {
    const root = copySite();
    const po = readFileSync(await exported(root, 'po', '--source'), 'utf8');
    expect(po.match(/^msgstr ""$/gm)?.length).toBe(po.match(/^msgid /gm)?.length);
    expect(po).not.toMatch(/fuzzy|^#\| /m);
    expect(() => execFileSync('msgfmt', ['-c', '-o', '/dev/null', join(root, 'po-source.po')], {stdio: 'pipe'})).not.toThrow();
    const xliffFile = await exported(root, 'xliff', '--source');
    const xliff = readFileSync(xliffFile, 'utf8');
    expect(xliff).not.toMatch(/<target|trgLang|state=/);
    expect(xliff.match(/<source>/g)?.length).toBeGreaterThan(100);
    expect(() => execFileSync('xmllint', ['--noout', '--schema', SCHEMA, xliffFile], {stdio: 'pipe'})).not.toThrow();
  });
});

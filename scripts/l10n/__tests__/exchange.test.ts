import {memoryPath} from '../../../src/core/i18n/paths';
import {spawnSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {FORMATS} from '../formats';
import {fromInline, toInline} from '../formats/inlineCodes';
import {readLocalizedDoc} from '../../../src/core/l10n/localizedDoc';
import {loadProject} from '../../../src/project/project';
import {applyUnits, exportUnits} from '../lib/units';
import {runCli} from './runCli';
import {copySite} from './site';

const FILE = {xliff: 'zh.xlf', po: 'zh.po', i18next: 'zh.json'} as const;
const ZH_PAGE = 'i18n/zh-TW/docusaurus-plugin-content-docs/current/websockets.md';

describe.each(['xliff', 'po', 'i18next'] as const)('export and import, %s', (format) => {
  it('round trips with no edits without changing a byte', async () => {
    const root = copySite();
    const file = join(root, FILE[format]);
    await runCli(root, ['export', '--locale', 'zh-TW', '--format', format, '--out', file]);
    const before = readFileSync(join(root, ZH_PAGE), 'utf8');
    const result = await runCli(root, ['--json', 'import', file, ...(format === 'i18next' ? ['--locale', 'zh-TW'] : [])]);
    expect(JSON.parse(result.stdout)).toMatchObject({applied: [], rejected: [], written: []});
    expect(readFileSync(join(root, ZH_PAGE), 'utf8')).toBe(before);
  });

  it('applies exactly the one edited sentence', async () => {
    const root = copySite();
    const file = join(root, FILE[format]);
    await runCli(root, ['export', '--locale', 'zh-TW', '--format', format, '--out', file]);
    writeFileSync(file, readFileSync(file, 'utf8').replace('本文說明如何在 ASP.NET Core 中開始使用 WebSocket。', '本文說明如何開始使用 WebSocket（已修訂）。'));
    const before = readFileSync(join(root, ZH_PAGE), 'utf8');
    const result = await runCli(root, ['--json', 'import', file, ...(format === 'i18next' ? ['--locale', 'zh-TW'] : [])]);
    expect(JSON.parse(result.stdout).applied).toEqual([{page: 'websockets.md', id: 'c67d8-105'}]);
    const after = readFileSync(join(root, ZH_PAGE), 'utf8');
    expect(after).toBe(before.replace('本文說明如何在 ASP.NET Core 中開始使用 WebSocket。', '本文說明如何開始使用 WebSocket（已修訂）。'));
  });
});

describe('import refuses what does not match', () => {
  it('reports unknown ids and changed English and applies nothing else', async () => {
    const root = copySite();
    const file = join(root, 'zh.po');
    await runCli(root, ['export', '--locale', 'zh-TW', '--format', 'po', '--out', file]);
    const edited = readFileSync(file, 'utf8')
      .replace('websockets.md#c67d8-105"', 'websockets.md#c67d8-999"')
      .replace('msgid "Linux"\nmsgstr "Linux"', 'msgid "GNU/Linux"\nmsgstr "GNU/Linux 系統"');
    writeFileSync(file, edited);
    const result = await runCli(root, ['--json', 'import', file]);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout).rejected).toEqual([
      {page: 'websockets.md', id: 'c67d8-999', reason: 'unknown id'},
      {page: 'websockets.md', id: 'c67d8-114', reason: 'the English changed since export; export again'},
    ]);
    expect(JSON.parse(result.stdout).written).toEqual([]);
  });
});

describe('properties', () => {
  // Translators' text: any printable Unicode, trimmed (XML and PO tools do not keep edge whitespace).
  // Translators' words: any printable Unicode but Markdown's and HTML's marks, trimmed (XML and PO
  // tools do not keep edge whitespace); the English's code, links and placeholders are kept, as
  // import's checks require.
  const words = fc
    .string({unit: 'grapheme', minLength: 1, maxLength: 40})
    .map((s) => s.replace(/[\p{Cc}\ufffe\uffff`<>[\](){}%*_\\]/gu, '').trim())
    .filter((s) => s.length > 0);
  const keptCodes = (english: string) =>
    toInline(english)
      .flatMap((p) => (typeof p === 'string' ? [] : [p.type === 'ph' ? p.data : `${p.start}${fromInline(p.content)}${p.end}`]))
      .join(' ');

  it('any translation written in a tool comes back through export and import unchanged', async () => {
    const root = copySite();
    const base = loadProject(root);
    // The pages' sentences (UI strings and front matter have tests of their own).
    const units = (await exportUnits(base, 'zh-TW')).filter((u) => !u.page.startsWith('ui/') && !u.id.startsWith('front-matter:'));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FORMATS), fc.nat(units.length - 1), words, async (format, index, typed) => {
        const codes = keptCodes(units[index]?.english ?? '');
        const text = codes ? `${typed} ${codes}` : typed;
        // As a translator confirms a sentence in a CAT tool: its text, and its state now translated.
        const edited = units.map((u, i) => (i === index ? {...u, translation: text, state: 'translated' as const} : u));
        const file = await format.write(edited, 'zh-TW');
        const {units: back} = await format.read(file);
        // As import does: drafts (a sentence to review, in formats with states) are not applied.
        const result = await applyUnits(
          base,
          'zh-TW',
          back.filter((u) => !u.draft),
        );
        const unit = units[index];
        if (!unit) throw new Error(`no unit ${index}`);
        const unchanged = text === unit.translation && unit.state === 'translated';
        expect(result.applied).toEqual(unchanged ? [] : [{page: unit.page, id: unit.id}]);
        expect(result.rejected).toEqual([]);
        if (unchanged) return;
        // The page, and the memory when the page was not on the current English yet.
        const [write = {path: '', content: ''}] = result.writes;
        expect(result.writes.slice(1).map((w) => w.path)).toEqual(result.writes.length > 1 ? [memoryPath('zh-TW')] : []);
        const segment = readLocalizedDoc(write.path, write.content).segments.find((s) => s.id === unit.id);
        expect(segment?.target).toBe(text);
      }),
      {numRuns: 60},
    );
  });
});

describe('PO as gettext writes it', () => {
  it.each(['zh-TW', 'pt-BR', 'ja-JP'])('%s: passes msgfmt -c with no warning, and msgcat --no-wrap changes no byte', async (locale) => {
    const root = copySite();
    const file = join(root, `${locale}.po`);
    await runCli(root, ['export', '--locale', locale, '--format', 'po', '--out', file]);
    const check = spawnSync('msgfmt', ['-c', '--check-format', '-o', '/dev/null', file], {encoding: 'utf8'});
    expect({status: check.status, warnings: check.stderr}).toEqual({status: 0, warnings: ''});
    const cat = spawnSync('msgcat', ['--no-wrap', file], {encoding: 'utf8'});
    expect(cat.stdout).toBe(readFileSync(file, 'utf8'));
    // Extracted comments before references, as gettext orders them.
    expect(readFileSync(file, 'utf8')).toMatch(/\n#\. [^\n]*\n#: /);
  });
});

describe('XLIFF states', () => {
  it('writes each segment’s state: translated, or initial for sentences that need review', async () => {
    const root = copySite();
    const file = join(root, 'ja-JP.xlf');
    const result = await runCli(root, ['--json', 'export', '--locale', 'ja-JP', '--format', 'xliff', '--out', file]);
    // With --out, the report goes to standard error (standard output stays free for the file).
    const counts = JSON.parse(result.stderr) as Record<string, number>;
    const text = readFileSync(file, 'utf8');
    const states = [...text.matchAll(/<segment state="([a-z]+)">/g)].map((m) => m[1]);
    expect(states.filter((s) => s === 'translated')).toHaveLength(counts.translated ?? -1);
    expect(states.filter((s) => s === 'initial')).toHaveLength((counts['needs-review'] ?? 0) + (counts.new ?? 0));
    expect(states.length).toBe(text.match(/<segment/g)?.length);
  });
});

describe('export --state', () => {
  it('writes only the sentences in the states asked for, and refuses an unknown state as a usage error', async () => {
    const root = copySite();
    const all = await runCli(root, ['--json', 'export', '--locale', 'ja-JP', '--format', 'po', '--out', join(root, 'all.po')]);
    const review = await runCli(root, [
      '--json',
      'export',
      '--locale',
      'ja-JP',
      '--format',
      'po',
      '--state',
      'needs-review,untranslated',
      '--out',
      join(root, 'review.po'),
    ]);
    const allCounts = JSON.parse(all.stderr) as Record<string, number>;
    const reviewCounts = JSON.parse(review.stderr) as Record<string, number>;
    const unfinished = (allCounts['needs-review'] ?? 0) + (allCounts.new ?? 0);
    expect(reviewCounts).toEqual({
      file: join(root, 'review.po'),
      units: unfinished,
      translated: 0,
      reviewed: 0,
      final: 0,
      'needs-review': allCounts['needs-review'],
      new: allCounts.new,
    });
    expect(readFileSync(join(root, 'review.po'), 'utf8').match(/^msgctxt /gm)).toHaveLength(unfinished);
    const bad = await runCli(root, ['export', '--locale', 'ja-JP', '--format', 'po', '--state', 'stale']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('--state must list states among translated, reviewed, final, needs-review, new (untranslated: new), got "stale"');
  });
});

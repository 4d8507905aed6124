import {spawnSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {localizedDocDir} from '../../../src/core/i18n/paths';
import {runCli} from './runCli';
import {copySite} from './site';

const ZH_PAGE = join(localizedDocDir('zh-TW'), 'websockets.md');
const JA_PAGE = join(localizedDocDir('ja-JP'), 'websockets.md');

/** A unit's segment state set as a reviewer's CAT tool sets it. */
const setState = (xliff: string, id: string, state: string) =>
  xliff.replace(new RegExp(`(<unit id="${id}">[\\s\\S]*?<segment) state="[a-z]+">`), `$1 state="${state}">`);

describe('the review workflow: translated → reviewed → final', () => {
  it('stores a reviewer’s state in the page, counts it in status, exports it, and gates on it', async () => {
    const root = copySite();
    const file = join(root, 'zh.xlf');
    await runCli(root, ['export', '--locale', 'zh-TW', '--format', 'xliff', '--out', file]);
    const before = readFileSync(join(root, ZH_PAGE), 'utf8');
    writeFileSync(file, setState(setState(readFileSync(file, 'utf8'), 'c67d8-105', 'reviewed'), 'c67d8-106', 'final'));
    const result = JSON.parse((await runCli(root, ['--json', 'import', file])).stdout);
    expect(result.applied).toEqual([
      {page: 'websockets.md', id: 'c67d8-105'},
      {page: 'websockets.md', id: 'c67d8-106'},
    ]);
    // Only the two translation tags changed.
    expect(readFileSync(join(root, ZH_PAGE), 'utf8')).toBe(
      before
        .replace('<span data-ttu-id="c67d8-105">', '<span data-ttu-id="c67d8-105" data-l10n-state="reviewed">')
        .replace('<span data-ttu-id="c67d8-106">', '<span data-ttu-id="c67d8-106" data-l10n-state="final">'),
    );

    const status = JSON.parse((await runCli(root, ['--json', 'status'])).stdout);
    const zh = status.locales.find((l: {locale: string}) => l.locale === 'zh-TW');
    expect(zh.pages.find((p: {page: string}) => p.page === 'websockets.md').reviewed).toBe(2);
    expect(zh.reviewedPercent).toBe(Math.round((2 / zh.total) * 1000) / 10);

    const again = join(root, 'reviewed.xlf');
    const exported = await runCli(root, ['--json', 'export', '--locale', 'zh-TW', '--format', 'xliff', '--state', 'reviewed,final', '--out', again]);
    expect(JSON.parse(exported.stderr)).toMatchObject({units: 2, reviewed: 1, final: 1});
    expect(readFileSync(again, 'utf8')).toMatch(/<unit id="c67d8-105">[\s\S]*?<segment state="reviewed">/);

    const gate = await runCli(root, ['--json', 'status', '--fail-under-reviewed', '50']);
    expect(gate.exitCode).toBe(1);
    expect(JSON.parse(gate.stderr).errors.map((e: {of: string; locales: Array<{locale: string}>}) => [e.of, e.locales.map((l) => l.locale)])).toEqual([
      ['reviewed', ['zh-TW', 'pt-BR', 'ja-JP']],
    ]);
    expect((await runCli(root, ['status', '--fail-under-reviewed', '0'])).exitCode).toBe(0);
  });

  it('reads a reviewer’s PO comment, which gettext’s own tools keep', async () => {
    const root = copySite();
    const file = join(root, 'zh.po');
    await runCli(root, ['export', '--locale', 'zh-TW', '--format', 'po', '--out', file]);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/\n(#\. [^\n]*\n)*(#: websockets\.md\nmsgctxt "websockets\.md#c67d8-105")/, '\n# state: final\n$1$2'),
    );
    const kept = spawnSync('msgcat', ['--no-wrap', file], {encoding: 'utf8'});
    expect(kept.stdout).toContain('# state: final\n');
    writeFileSync(file, kept.stdout);
    expect(JSON.parse((await runCli(root, ['--json', 'import', file])).stdout).applied).toEqual([{page: 'websockets.md', id: 'c67d8-105'}]);
    expect(readFileSync(join(root, ZH_PAGE), 'utf8')).toContain('<span data-ttu-id="c67d8-105" data-l10n-state="final">');
    // Exported again with the comment, so a round trip changes nothing.
    await runCli(root, ['export', '--locale', 'zh-TW', '--format', 'po', '--out', file]);
    expect(readFileSync(file, 'utf8')).toMatch(/# state: final\n(#\..*\n)*#: websockets\.md\nmsgctxt "websockets\.md#c67d8-105"/);
    expect(JSON.parse((await runCli(root, ['--json', 'import', file])).stdout).applied).toEqual([]);
  });

  it('keeps a review through sync, and drops it when the translation changes', async () => {
    const root = copySite();
    const page = join(root, JA_PAGE);
    const reviewed = readFileSync(page, 'utf8').replace('<span data-ttu-id="71f32-105">', '<span data-ttu-id="71f32-105" data-l10n-state="reviewed">');
    writeFileSync(page, reviewed);
    expect((await runCli(root, ['sync'])).exitCode).toBe(0);
    expect(readFileSync(page, 'utf8')).toContain('<span data-ttu-id="71f32-105" data-l10n-state="reviewed">');

    const file = join(root, 'ja.json');
    await runCli(root, ['export', '--locale', 'ja-JP', '--format', 'i18next', '--out', file]);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json['websockets.md']['71f32-105'] += '（改訂）';
    writeFileSync(file, JSON.stringify(json));
    expect(JSON.parse((await runCli(root, ['--json', 'import', file, '--locale', 'ja-JP'])).stdout).applied).toEqual([
      {page: 'websockets.md', id: '71f32-105'},
    ]);
    expect(readFileSync(page, 'utf8')).toMatch(/<span data-ttu-id="71f32-105">[^<]*（改訂）<\/span>/);
  });
});

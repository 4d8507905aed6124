import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadProject} from '../../../src/project/project';
import {memoryPath} from '../../../src/core/i18n/paths';
import {pageSentences, readJournal, saveSentence, sentenceFindings, undoLastSave, type SaveRequest} from '../lib/sentenceEdits';
import type {Unit} from '../lib/unitTypes';
import {copySite} from './site';
import {runCli} from './runCli';

const ZH = 'i18n/zh-TW/docusaurus-plugin-content-docs/current/websockets.md';

async function sentences(root: string, locale = 'zh-TW', page = 'websockets.md'): Promise<Unit[]> {
  return pageSentences(loadProject(root, {locales: [locale]}), locale, page);
}

function request(unit: Unit, translation: string, state: SaveRequest['state'] = 'translated', locale = 'zh-TW'): SaveRequest {
  return {
    locale,
    page: unit.page,
    id: unit.id,
    base: {english: unit.english, translation: unit.translation, state: unit.state},
    translation,
    state,
    author: 'Test Translator',
  };
}

/** Plain translated sentences of a page (no markup), whose text occurs once in the file. */
const plain = (units: Unit[], text: string) =>
  units.filter((u) => u.state === 'translated' && /^[^<>`*[\]\\&]{6,}$/.test(u.translation) && text.split(u.translation).length === 2);

describe('saving one sentence from the page', () => {
  it('changes only the bytes of the sentences saved (three saves), keeps CRLF line ends, and the memory learns each pair', async () => {
    const root = copySite();
    const file = join(root, ZH);
    const crlf = readFileSync(file, 'utf8').replace(/\r?\n/g, '\r\n');
    writeFileSync(file, crlf);
    const picked = plain(await sentences(root), crlf).slice(0, 3);
    expect(picked).toHaveLength(3);
    let expected = crlf;
    for (const [i, unit] of picked.entries()) {
      const outcome = await saveSentence(root, request(unit, `${unit.translation}（修訂 ${i}）`));
      expect(outcome.status).toBe('saved');
      expected = expected.replace(unit.translation, `${unit.translation}（修訂 ${i}）`);
    }
    expect(readFileSync(file, 'utf8')).toBe(expected);
    const memory = readFileSync(join(root, memoryPath('zh-TW')), 'utf8');
    for (const [i, unit] of picked.entries()) expect(memory).toContain(`${unit.translation}（修訂 ${i}）`);
  });

  it('answers a conflict with the three versions when the sentence changed since it was read, and writes nothing', async () => {
    const root = copySite();
    const [unit] = plain(await sentences(root), readFileSync(join(root, ZH), 'utf8'));
    // Another translator (or a git pull) changed the sentence meanwhile.
    const first = await saveSentence(root, request(unit!, `${unit!.translation}甲`));
    expect(first.status).toBe('saved');
    const before = readFileSync(join(root, ZH), 'utf8');
    const second = await saveSentence(root, request(unit!, `${unit!.translation}乙`));
    expect(second).toEqual({
      status: 'conflict',
      base: {english: unit!.english, translation: unit!.translation, state: 'translated'},
      theirs: {english: unit!.english, translation: `${unit!.translation}甲`, state: 'translated'},
      mine: {translation: `${unit!.translation}乙`, state: 'translated'},
    });
    expect(readFileSync(join(root, ZH), 'utf8')).toBe(before);
  });

  it('lands saves of two sentences of the same file read before either', async () => {
    const root = copySite();
    const [a, b] = plain(await sentences(root), readFileSync(join(root, ZH), 'utf8'));
    expect((await saveSentence(root, request(a!, `${a!.translation}一`))).status).toBe('saved');
    expect((await saveSentence(root, request(b!, `${b!.translation}二`))).status).toBe('saved');
    const text = readFileSync(join(root, ZH), 'utf8');
    expect([text.includes(`${a!.translation}一`), text.includes(`${b!.translation}二`)]).toEqual([true, true]);
  });

  it('refuses markup that could run and an empty translation, and writes nothing', async () => {
    const root = copySite();
    const before = readFileSync(join(root, ZH), 'utf8');
    const [unit] = plain(await sentences(root), before);
    const script = await saveSentence(root, request(unit!, `${unit!.translation}<script>alert(1)</script>`));
    expect(script.status === 'refused' && script.errors.map((e) => e.code)).toEqual(['L10N_MARKUP']);
    const empty = await saveSentence(root, request(unit!, '  '));
    expect(empty.status === 'refused' && empty.errors.map((e) => e.code)).toEqual(['L10N_EMPTY']);
    expect(readFileSync(join(root, ZH), 'utf8')).toBe(before);
    expect(readJournal(root)).toEqual([]);
  });

  it('approves a sentence without changing its text: only its state attribute changes', async () => {
    const root = copySite();
    const before = readFileSync(join(root, ZH), 'utf8');
    const [unit] = plain(await sentences(root), before);
    expect((await saveSentence(root, request(unit!, unit!.translation, 'reviewed'))).status).toBe('saved');
    const after = readFileSync(join(root, ZH), 'utf8');
    const open = `<span data-ttu-id="${unit!.id}">`;
    expect(after).toBe(before.replace(open, `<span data-ttu-id="${unit!.id}" data-l10n-state="reviewed">`));
    expect((await sentences(root)).find((u) => u.id === unit!.id)?.state).toBe('reviewed');
  });

  it('creates the page a locale has no copy of, as sync would, when its first sentence is saved', async () => {
    const root = copySite();
    const created = join(root, 'i18n/ja-JP/docusaurus-plugin-content-docs/current/api/closeoutputasync.md');
    expect(existsSync(created)).toBe(false);
    const [first] = (await sentences(root, 'ja-JP', 'api/closeoutputasync.md')).filter((u) => u.state === 'new' && !u.id.startsWith('front-matter:'));
    const outcome = await saveSentence(root, request(first!, 'CloseOutputAsync メソッド', 'translated', 'ja-JP'));
    expect(outcome.status).toBe('saved');
    expect(readFileSync(created, 'utf8')).toContain(`<span data-ttu-id="${first!.id}">CloseOutputAsync メソッド</span>`);
    expect((await sentences(root, 'ja-JP', 'api/closeoutputasync.md')).find((u) => u.id === first!.id)?.state).toBe('translated');
  });

  it('journals each save, and undo puts the file back byte for byte unless it changed since', async () => {
    const root = copySite();
    const original = readFileSync(join(root, ZH), 'utf8');
    const memoryFile = join(root, memoryPath('zh-TW'));
    const memory = existsSync(memoryFile) ? readFileSync(memoryFile, 'utf8') : undefined;
    const [a, b] = plain(await sentences(root), original);
    await saveSentence(root, request(a!, `${a!.translation}一`));
    expect(readJournal(root).map((e) => [e.author, e.page, e.id, e.before.translation, e.after.translation])).toEqual([
      ['Test Translator', 'websockets.md', a!.id, a!.translation, `${a!.translation}一`],
    ]);
    await undoLastSave(root, 'Test Translator');
    expect(readFileSync(join(root, ZH), 'utf8')).toBe(original);
    expect(existsSync(memoryFile) ? readFileSync(memoryFile, 'utf8') : undefined).toBe(memory);
    // A save, then the file changes outside the editor: undo refuses and changes nothing.
    await saveSentence(root, request(b!, `${b!.translation}二`));
    const edited = `${readFileSync(join(root, ZH), 'utf8')}\n`;
    writeFileSync(join(root, ZH), edited);
    await expect(undoLastSave(root, 'Test Translator')).rejects.toMatchObject({code: 'ERR_UNDO_CONFLICT'});
    expect(readFileSync(join(root, ZH), 'utf8')).toBe(edited);
  });

  it('lists edits with `l10n log` and reverts the last with `l10n undo` (exit 1 with nothing to undo)', async () => {
    const root = copySite();
    const original = readFileSync(join(root, ZH), 'utf8');
    const [a] = plain(await sentences(root), original);
    await saveSentence(root, request(a!, `${a!.translation}一`));
    const log = JSON.parse((await runCli(root, ['--json', 'log'])).stdout) as {edits: Array<{id: string; author: string; files: string[]}>};
    expect(log.edits.map((e) => [e.id, e.author, e.files[0]])).toEqual([[a!.id, 'Test Translator', ZH]]);
    expect((await runCli(root, ['log'])).stdout).toContain(`+ ${a!.translation}一`);
    const undo = await runCli(root, ['undo', '--author', 'Reviewer']);
    expect([undo.exitCode, undo.stdout]).toEqual([0, `undid zh-TW/websockets.md#${a!.id}: back to “${a!.translation}”\n`]);
    expect(readFileSync(join(root, ZH), 'utf8')).toBe(original);
    const empty = copySite();
    const none = await runCli(empty, ['--json', 'undo']);
    expect([none.exitCode, (JSON.parse(none.stderr) as {errors: Array<{code: string}>}).errors[0]?.code]).toEqual([1, 'ERR_NOTHING_TO_UNDO']);
  });

  it('checks as the translator types: the page’s no-loc names and the glossary warn, a lost code span is an error', async () => {
    const root = copySite();
    const english = join(root, 'docs/websockets.md');
    writeFileSync(english, readFileSync(english, 'utf8').replace('uid: fundamentals/websockets\n', 'uid: fundamentals/websockets\nno-loc: [IIS]\n'));
    const project = loadProject(root, {locales: ['zh-TW']});
    const units = await pageSentences(project, 'zh-TW', 'websockets.md');
    const iis = units.find((u) => /\bIIS\b/.test(u.english) && !u.english.includes('`'))!;
    expect(iis.terms.map((t) => [t.english, t.note])).toContainEqual(['IIS', 'no-loc']);
    expect(sentenceFindings(project, 'zh-TW', iis, '網際網路資訊服務').map((f) => [f.code, f.severity])).toContainEqual(['L10N_NO_LOC', 'warning']);
    expect(sentenceFindings(project, 'zh-TW', iis, 'IIS 網際網路資訊服務').map((f) => f.code)).not.toContain('L10N_NO_LOC');
    const code = units.find((u) => /`[^`]+`/.test(u.english))!;
    expect(sentenceFindings(project, 'zh-TW', code, '沒有程式碼').map((f) => [f.code, f.severity])).toContainEqual(['L10N_CODE', 'error']);
  });
});

import {execFileSync} from 'node:child_process';
import {createServer, request, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {copySite} from '../../l10n/__tests__/site';
import {runCli} from '../../l10n/__tests__/runCli';
import {readJournal} from '../../l10n/lib/sentenceEdits';
import {readLocalizedDoc} from '../../../src/core/l10n/localizedDoc';
import type {Unit} from '../../l10n/lib/unitTypes';
import {CSRF_HEADER, EDIT_API, MAX_BODY_BYTES, SESSION_COOKIE} from '../../../src/core/translate/editApi';
import {createEditServer, type EditServer} from '../editServer';

const ZH = 'i18n/zh-TW/docusaurus-plugin-content-docs/current/websockets.md';
const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

/** A stand-in for the dev server: an HTML page at every path. */
async function upstream(): Promise<string> {
  const server: Server = createServer((req, res) => res.writeHead(200, {'Content-Type': 'text/html; charset=utf-8'}).end(`<p>${req.url}</p>`));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stops.push(() => new Promise((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: any Host, Origin or body, as a browser on another site or a rebinding attack would send. */
function send(
  server: EditServer,
  path: string,
  {method = 'GET', headers = {}, body}: {method?: string; headers?: Record<string, string>; body?: string} = {},
): Promise<Reply> {
  const {port} = new URL(server.url);
  return new Promise((resolve, reject) => {
    // An empty value leaves the header out: "no Origin" is a request without one.
    const sent = Object.fromEntries(Object.entries({Host: `localhost:${port}`, ...headers}).filter(([, v]) => v !== ''));
    const req = request({host: '127.0.0.1', port, path, method, headers: sent}, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({status: res.statusCode ?? 0, headers: res.headers, body: text}));
    });
    req.on('error', (error) =>
      error.message.includes('EPIPE') || error.message.includes('ECONNRESET') ? resolve({status: 413, headers: {}, body: ''}) : reject(error),
    );
    if (body !== undefined) req.write(body);
    req.end();
  });
}

async function session(host = '127.0.0.1', options: {commit?: boolean; author?: string; before?: (root: string) => void} = {}) {
  const root = copySite();
  options.before?.(root);
  const server = await createEditServer({
    root,
    locale: 'zh-TW',
    host,
    port: 0,
    upstream: await upstream(),
    author: options.author ?? 'Test Translator',
    commit: options.commit ?? false,
  });
  stops.push(() => server.close());
  const origin = server.url.replace('127.0.0.1', 'localhost');
  const page = await send(server, '/zh-TW/docs/websockets');
  const cookie = String(page.headers['set-cookie'] ?? '').split(';')[0] ?? '';
  const {csrf} = JSON.parse((await send(server, `${EDIT_API}/session`, {headers: {Cookie: cookie}})).body) as {csrf: string};
  const {sentences} = JSON.parse((await send(server, `${EDIT_API}/page?route=/zh-TW/docs/websockets`, {headers: {Cookie: cookie}})).body) as {
    sentences: Unit[];
  };
  const unit = sentences.find((u) => u.state === 'translated' && /^[^<>`*[\]\\&]{6,}$/.test(u.translation))!;
  const save = (overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    send(server, `${EDIT_API}/save`, {
      method: 'POST',
      headers: {Cookie: cookie, Origin: origin, [CSRF_HEADER]: csrf, 'Content-Type': 'application/json', ...headers},
      body: JSON.stringify({
        page: 'websockets.md',
        id: unit.id,
        base: {english: unit.english, translation: unit.translation, state: unit.state},
        translation: `${unit.translation}（改）`,
        state: 'translated',
        ...overrides,
      }),
    });
  return {root, server, cookie, csrf, unit, save, origin};
}

describe('the edit server of npm run translate', () => {
  it('gives the page an HttpOnly SameSite=Strict session cookie and saves with it, the CSRF header and the same origin', async () => {
    const {root, save, cookie, unit} = await session();
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=.{40,}$`));
    const saved = await save();
    expect(saved.status).toBe(200);
    expect(readFileSync(join(root, ZH), 'utf8')).toContain(`${unit.translation}（改）`);
    expect(readJournal(root).map((e) => e.author)).toEqual(['Test Translator']);
  });

  it('suggests for a sentence that needs work the translations of identical and similar English on the locale’s other pages', async () => {
    const {root, server, cookie} = await session();
    const sentencesOf = async () =>
      (JSON.parse((await send(server, `${EDIT_API}/page?route=/zh-TW/docs/websockets`, {headers: {Cookie: cookie}})).body) as {sentences: Unit[]}).sentences;
    const fresh = (await sentencesOf()).find((u) => u.state === 'new' && !u.id.startsWith('front-matter:') && /^[^`[\]<>{}%*]+$/.test(u.english))!;
    // Another page translated the same English, and a longer sentence like it.
    const similar = `${fresh.english.replace(/\.$/, '')} on every server.`;
    writeFileSync(join(root, 'docs/extra.md'), `# Extra\n\n${fresh.english}\n\n${similar}\n`);
    const pair = (id: string, target: string, source: string) =>
      `<span data-ttu-id="${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;
    writeFileSync(
      join(root, 'i18n/zh-TW/docusaurus-plugin-content-docs/current/extra.md'),
      `# Extra\n\n${pair('x-1', '別頁的譯文', fresh.english)}\n\n${pair('x-2', '相似的譯文', similar)}\n`,
    );
    const offered = (await sentencesOf()).find((u) => u.id === fresh.id)!.suggestions;
    expect(offered[0]).toEqual({source: fresh.english, target: '別頁的譯文', similarity: 1, page: 'extra.md', origin: 'page'});
    expect(offered[1]).toMatchObject({target: '相似的譯文', page: 'extra.md', origin: 'page'});
    expect(offered[1]!.similarity).toBeGreaterThanOrEqual(0.5);
    expect(offered[1]!.similarity).toBeLessThan(1);
    // A translated sentence is offered nothing (its translation is there), and never itself.
    expect((await sentencesOf()).filter((u) => u.state === 'translated').every((u) => u.suggestions.length === 0)).toBe(true);
  });

  it('refuses, writing nothing: a foreign Origin, no Origin, no or a wrong session, no or a wrong CSRF header, a foreign Host', async () => {
    const {root, save, server, cookie} = await session();
    const before = readFileSync(join(root, ZH), 'utf8');
    const cases: Array<[string, Promise<Reply>]> = [
      ['cross-origin', save({}, {Origin: 'https://evil.example'})],
      ['no origin', save({}, {Origin: ''})],
      ['no session', save({}, {Cookie: ''})],
      ['wrong session', save({}, {Cookie: `${SESSION_COOKIE}=${'x'.repeat(43)}`})],
      ['no csrf', save({}, {[CSRF_HEADER]: ''})],
      ['wrong csrf', save({}, {[CSRF_HEADER]: 'y'.repeat(43)})],
      ['rebinding', save({}, {Host: 'evil.example'})],
      ['rebinding, page', send(server, '/zh-TW/docs/websockets', {headers: {Host: `evil.example:${new URL(server.url).port}`, Cookie: cookie}})],
    ];
    const statuses = await Promise.all(cases.map(async ([name, reply]) => [name, (await reply).status]));
    expect(statuses).toEqual(cases.map(([name]) => [name, 403]));
    expect(readFileSync(join(root, ZH), 'utf8')).toBe(before);
    expect(readJournal(root)).toEqual([]);
  });

  it('refuses bodies that are not JSON or too large, unknown pages and path traversal in every field, writing nothing', async () => {
    const {root, save} = await session();
    const before = readFileSync(join(root, ZH), 'utf8');
    const statuses = [
      (await save({}, {'Content-Type': 'text/plain'})).status,
      (await save({translation: 'x'.repeat(MAX_BODY_BYTES)})).status,
      (await save({page: '../../../package.json'})).status,
      (await save({page: '/etc/passwd'})).status,
      (await save({page: 'websockets.md/../../README.md'})).status,
      (await save({id: '../../x'})).status,
      (await save({state: '../final'})).status,
      (await save({base: {english: '../', translation: '../', state: '../'}})).status,
    ];
    expect(statuses).toEqual([415, 413, 404, 404, 404, 409, 400, 400]);
    expect(readFileSync(join(root, ZH), 'utf8')).toBe(before);
    expect(readJournal(root)).toEqual([]);
  });

  it('answers 409 with the three versions to the second of two editors of one sentence, 422 to a save that fails the checks', async () => {
    const {save, unit} = await session();
    expect((await save()).status).toBe(200);
    const second = await save({translation: `${unit.translation}（另）`});
    expect(second.status).toBe(409);
    expect(JSON.parse(second.body)).toMatchObject({
      base: {translation: unit.translation},
      theirs: {translation: `${unit.translation}（改）`},
      mine: {translation: `${unit.translation}（另）`},
    });
    const script = await save({
      base: {english: unit.english, translation: `${unit.translation}（改）`, state: 'translated'},
      translation: '<script>alert(1)</script>',
    });
    expect([script.status, (JSON.parse(script.body) as {errors: Array<{code: string}>}).errors[0]?.code]).toEqual([422, 'L10N_MARKUP']);
  });

  it('answers 409 when sync changed the file since the editor read the sentence (the English moved on)', async () => {
    const {root, save, unit} = await session();
    const english = join(root, 'docs/websockets.md');
    writeFileSync(english, readFileSync(english, 'utf8').replace(unit.english, `${unit.english} Now reworded.`));
    expect((await runCli(root, ['sync'])).exitCode).toBe(0);
    const synced = readFileSync(join(root, ZH), 'utf8');
    const reply = await save();
    expect(reply.status).toBe(409);
    expect(readFileSync(join(root, ZH), 'utf8')).toBe(synced);
  });

  it('lands 20 parallel saves of different sentences of one page, the file well-formed', async () => {
    const {root, server, cookie, csrf, origin} = await session();
    const {sentences} = JSON.parse((await send(server, `${EDIT_API}/page?route=/zh-TW/docs/websockets`, {headers: {Cookie: cookie}})).body) as {
      sentences: Unit[];
    };
    const picked = sentences
      .filter((u) => u.state === 'translated' && /^[^<>`*[\]\\&]{6,}$/.test(u.translation) && !u.id.startsWith('front-matter:'))
      .slice(0, 20);
    expect(picked).toHaveLength(20);
    const replies = await Promise.all(
      picked.map((u, i) =>
        send(server, `${EDIT_API}/save`, {
          method: 'POST',
          headers: {Cookie: cookie, Origin: origin, [CSRF_HEADER]: csrf, 'Content-Type': 'application/json'},
          body: JSON.stringify({
            page: 'websockets.md',
            id: u.id,
            base: {english: u.english, translation: u.translation, state: u.state},
            translation: `${u.translation}〔${i}〕`,
          }),
        }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(picked.map(() => 200));
    const after = JSON.parse((await send(server, `${EDIT_API}/page?route=/zh-TW/docs/websockets`, {headers: {Cookie: cookie}})).body) as {sentences: Unit[]};
    for (const [i, u] of picked.entries()) expect(after.sentences.find((s) => s.id === u.id)?.translation).toBe(`${u.translation}〔${i}〕`);
    expect(readJournal(root)).toHaveLength(20);
    expect(readLocalizedDoc(ZH, readFileSync(join(root, ZH), 'utf8')).malformed).toBeUndefined();
  });

  it('with --commit, makes each save a commit of only the files it wrote, authored by the translator; a failed commit keeps the save', async () => {
    const git = (root: string, ...args: string[]) => execFileSync('git', args, {cwd: root, encoding: 'utf8'}).trim();
    const {root, save, unit} = await session('127.0.0.1', {
      commit: true,
      author: 'Ana Tradutora <ana@example.com>',
      before: (dir) => {
        git(dir, 'init', '--quiet');
        // As the site's own .gitignore has it: the edit journal stays local.
        writeFileSync(join(dir, '.gitignore'), '.translate/\n');
        git(dir, 'add', '.');
        git(dir, '-c', 'user.name=Maintainer', '-c', 'user.email=m@example.com', 'commit', '--quiet', '-m', 'site');
        // Someone's unrelated work in progress, staged: it stays out of the translator's commits.
        writeFileSync(join(dir, 'docs/websockets.md'), `${readFileSync(join(dir, 'docs/websockets.md'), 'utf8')}\nDraft.\n`);
        git(dir, 'add', 'docs/websockets.md');
      },
    });
    const saved = JSON.parse((await save()).body) as {commit?: string; warnings: Array<{code: string}>};
    expect(saved.warnings.map((w) => w.code)).not.toContain('L10N_NOT_COMMITTED');
    expect(saved.commit).toBe(git(root, 'rev-parse', 'HEAD'));
    expect(git(root, 'log', '-1', '--format=%an <%ae>%n%s')).toBe(`Ana Tradutora <ana@example.com>\nl10n(zh-TW): revise websockets.md ${unit.id}`);
    expect(git(root, 'log', '-1', '--format=%b')).toContain(`After: ${unit.translation}（改）`);
    expect(git(root, 'show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual(['i18n/zh-TW/l10n-memory.json', ZH].sort());
    // The saved bytes are committed, and the staged draft is still only staged.
    expect(git(root, 'status', '--porcelain')).toBe('M  docs/websockets.md');
    expect(git(root, 'rev-list', '--count', 'HEAD')).toBe('2');

    // Not a repository: the save lands, with a warning that it is not committed.
    const plain = await session('127.0.0.1', {commit: true, before: (dir) => writeFileSync(join(dir, '.git'), 'gitdir: /nonexistent\n')});
    const reply = await plain.save();
    expect(reply.status).toBe(200);
    expect((JSON.parse(reply.body) as {warnings: Array<{code: string}>}).warnings.map((w) => w.code)).toContain('L10N_NOT_COMMITTED');
    expect(readFileSync(join(plain.root, ZH), 'utf8')).toContain(`${plain.unit.translation}（改）`);
  });

  it('off loopback, serves the page only with the printed token, then the session', async () => {
    const server = await createEditServer({root: copySite(), locale: 'zh-TW', host: '0.0.0.0', port: 0, upstream: await upstream(), author: 'T'});
    stops.push(() => server.close());
    const port = new URL(server.url).port;
    const bare = await send(server, '/zh-TW/docs/websockets', {headers: {Host: `0.0.0.0:${port}`}});
    expect(bare.status).toBe(403);
    const token = new URL(server.entryUrl).searchParams.get('token');
    expect(token).toMatch(/^.{30,}$/);
    expect((await send(server, '/zh-TW/?token=wrong', {headers: {Host: `0.0.0.0:${port}`}})).status).toBe(403);
    const opened = await send(server, `/zh-TW/?token=${token}`, {headers: {Host: `0.0.0.0:${port}`}});
    const cookie = String(opened.headers['set-cookie']).split(';')[0] ?? '';
    expect([opened.status, cookie.startsWith(`${SESSION_COOKIE}=`)]).toEqual([200, true]);
    expect((await send(server, '/zh-TW/docs/websockets', {headers: {Host: `0.0.0.0:${port}`, Cookie: cookie}})).status).toBe(200);
  });
});

import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {loadProject} from '../project';
import {computeStatus, type StatusCache} from '../status';

const ROOT = join(__dirname, '../../..');
const sites: string[] = [];

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'status-cache-'));
  for (const part of ['docs', 'i18n']) cpSync(join(ROOT, part), join(dir, part), {recursive: true});
  sites.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of sites.splice(0)) rmSync(dir, {recursive: true, force: true});
});

/** The status with a cache, the pages it read, and the status computed afresh for comparison. */
async function withCache(root: string, cache: StatusCache) {
  const read: string[] = [];
  const status = await computeStatus(loadProject(root), {cache, onPage: ({page}) => read.push(page)});
  return {status, read, fresh: await computeStatus(loadProject(root))};
}

describe('computeStatus with a cache', () => {
  it('reads only the pages whose files changed, and gives what a status computed afresh gives', async () => {
    const root = site();
    const cache: StatusCache = new Map();
    const first = await withCache(root, cache);
    expect(first.read.length).toBe(loadProject(root).pages.length);
    expect(first.status).toEqual(first.fresh);

    expect((await withCache(root, cache)).read).toEqual([]);

    // A save to one locale's page: a sentence now translated from an English that is no longer the page's.
    const file = join(root, 'i18n/pt-BR/docusaurus-plugin-content-docs/current/websockets.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('>WebSockets support in ASP.NET Core<', '>WebSocket support in ASP.NET Core<'));
    const saved = await withCache(root, cache);
    expect(saved.read).toEqual(['websockets.md']);
    expect(saved.status).toEqual(saved.fresh);
    const stale = (status: typeof first.status) => status.find((s) => s.locale === 'pt-BR')?.pages.find((p) => p.page === 'websockets.md')?.stale ?? 0;
    expect(stale(saved.status)).toBe(stale(first.status) + 1);

    // A new English page, and a locale's copy removed.
    writeFileSync(join(root, 'docs/new-page.md'), '# New page\n\nOne sentence.\n');
    rmSync(join(root, 'i18n/zh-TW/docusaurus-plugin-content-docs/current/3427-websocketcloseoutputsent.md'));
    const grown = await withCache(root, cache);
    expect(grown.read.sort()).toEqual(['3427-websocketcloseoutputsent.md', 'new-page.md']);
    expect(grown.status).toEqual(grown.fresh);

    rmSync(join(root, 'docs/new-page.md'));
    const shrunk = await withCache(root, cache);
    expect(shrunk.read).toEqual([]);
    expect(shrunk.status).toEqual(shrunk.fresh);
    expect([...cache.keys()]).not.toContain('new-page.md');
  });
});

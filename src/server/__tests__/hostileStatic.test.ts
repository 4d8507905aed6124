import {mkdtempSync, renameSync, writeFileSync} from 'node:fs';
import {connect} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {expectHealthy, openDescriptors, rawExchange, hostileServer} from './hostileClients';

const {start} = hostileServer();

describe('5. static files', () => {
  it('close their descriptors when the client goes away mid-file', async () => {
    const server = await start();
    const descriptors = openDescriptors();
    const get = 'GET /assets/big.js HTTP/1.1\r\nHost: x\r\n\r\n';
    const {port} = new URL(server.url);
    for (let client = 0; client < 5; client++) {
      await new Promise<void>((resolve) => {
        const socket = connect(Number(port), '127.0.0.1', () => socket.write(get.repeat(200)));
        socket.once('data', () => {
          socket.destroy();
          resolve();
        });
        socket.on('error', () => undefined);
      });
    }
    await expectHealthy(server, descriptors, 2);
  });

  it('still answer a pipelining client that reads every response whole', async () => {
    const server = await start();
    const answer = await rawExchange(
      server,
      `${'GET /assets/big.js HTTP/1.1\r\nHost: x\r\n\r\n'.repeat(5)}GET /docs/page HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
    );
    expect(answer.match(/HTTP\/1\.1 200 OK/g)).toHaveLength(6);
    expect(answer.length).toBeGreaterThan(5 * 368 * 1024);
    expect(answer.endsWith('<p>page</p>')).toBe(true);
  });

  it('answer 200 or 404, never a crash, while a rebuild replaces the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hostile-swap-'));
    writeFileSync(join(dir, 'index.html'), 'x');
    const swapping = await start({root: dir});
    const statuses = new Set<number>();
    let stop = false;
    const swap = (async () => {
      for (let i = 0; !stop; i++) {
        writeFileSync(join(dir, 'next.html'), `<p>${i}</p>`);
        renameSync(join(dir, 'next.html'), join(dir, 'page.html'));
        await new Promise((resolve) => setImmediate(resolve));
        renameSync(join(dir, 'page.html'), join(dir, 'removed.html'));
      }
    })();
    for (let i = 0; i < 200; i++) statuses.add((await fetch(`${swapping.url}/page`)).status);
    stop = true;
    await swap;
    expect([...statuses].every((s) => s === 200 || s === 404)).toBe(true);
    expect((await fetch(`${swapping.url}/`)).status).toBe(200);
  });

  it('never serve dotfiles or links out of the build', async () => {
    const server = await start();
    expect((await fetch(`${server.url}/.env`)).status).toBe(404);
    expect((await fetch(`${server.url}/docs/linked.txt`)).status).toBe(404);
    expect((await fetch(`${server.url}/docs/page`)).status).toBe(200);
  });

  it('answer 304 to a revalidation and 206 or 416 to a range', async () => {
    const server = await start();
    const first = await fetch(`${server.url}/docs/page`);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/"/);
    expect((await fetch(`${server.url}/docs/page`, {headers: {'If-None-Match': etag}})).status).toBe(304);
    const modified = first.headers.get('last-modified') ?? '';
    expect((await fetch(`${server.url}/docs/page`, {headers: {'If-Modified-Since': modified}})).status).toBe(304);
    const part = await fetch(`${server.url}/docs/page`, {headers: {Range: 'bytes=3-6', 'Accept-Encoding': 'identity'}});
    expect([part.status, part.headers.get('content-range'), await part.text()]).toEqual([206, 'bytes 3-6/11', 'page']);
    const tail = await fetch(`${server.url}/docs/page`, {headers: {Range: 'bytes=-4', 'Accept-Encoding': 'identity'}});
    expect([tail.status, await tail.text()]).toEqual([206, '</p>']);
    expect((await fetch(`${server.url}/docs/page`, {headers: {Range: 'bytes=50-'}})).status).toBe(416);
  });
});

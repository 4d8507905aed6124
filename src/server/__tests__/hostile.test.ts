import {randomBytes} from 'node:crypto';
import {mkdirSync, mkdtempSync, readdirSync, renameSync, symlinkSync, writeFileSync} from 'node:fs';
import {get as httpGet} from 'node:http';
import {connect, type Socket} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {spawn} from 'node:child_process';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {startEchoInstance} from '../../../tests/nginxHarness';
import {WebSocket} from 'ws';
import type {TimedEvent} from '../../core/protocol/serverEvents';
import type {SiteServer} from '../createSiteServer';
import type {SiteServerOptions} from '../options';
import {closed, frame, nextMessage, openClient, rawSend, rejectedStatus, startServer, wsUrl} from './helpers';

/** A build folder with a page, a large asset, a dotfile and a link out of it. */
function buildRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'hostile-root-'));
  mkdirSync(join(root, 'docs'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<p>home</p>');
  writeFileSync(join(root, '404.html'), '<p>not found</p>');
  writeFileSync(join(root, 'docs/page.html'), '<p>page</p>');
  writeFileSync(join(root, 'assets/big.js'), Buffer.alloc(368 * 1024, 'a'));
  writeFileSync(join(root, '.env'), 'SECRET=1');
  const outside = mkdtempSync(join(tmpdir(), 'hostile-outside-'));
  writeFileSync(join(outside, 'secret.txt'), 'secret');
  symlinkSync(join(outside, 'secret.txt'), join(root, 'docs/linked.txt'));
  return root;
}

let site: SiteServer | undefined;
let events: () => TimedEvent[] = () => [];
afterEach(async () => {
  await site?.close();
  site = undefined;
});

async function start(options: Partial<SiteServerOptions> = {}): Promise<SiteServer> {
  const started = await startServer({root: buildRoot(), logLevel: 'info', ...options});
  site = started.site;
  events = started.events;
  return started.site;
}

const openDescriptors = () => readdirSync('/proc/self/fd').length;

/** A GET on a connection of its own, closed after the answer (fetch would keep it open and hold a descriptor). */
function statusOf(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    httpGet(url, {agent: false}, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    }).on('error', reject);
  });
}

/** Writes raw bytes on a new TCP connection and resolves with everything the server sent until it closed. */
function rawExchange(server: Pick<SiteServer, 'url'>, bytes: string | Buffer, {reset = false} = {}): Promise<string> {
  const {port} = new URL(server.url);
  return new Promise((resolve) => {
    const socket: Socket = connect(Number(port), '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('connect', () => {
      socket.write(bytes);
      if (reset) socket.resetAndDestroy();
    });
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
  });
}

const upgradeHeaders = (path: string, extra = '') =>
  `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n${extra}\r\n`;

/**
 * After every attack: the server answers a page and an echo, a valid upgrade still succeeds when
 * all but one slot are taken, and the process holds no more descriptors than before.
 */
async function expectHealthy(server: SiteServer, descriptors: number, maxConnections: number): Promise<void> {
  expect(await statusOf(`${server.url}/docs/page`)).toBe(200);
  const held: WebSocket[] = [];
  for (let i = 0; i < maxConnections - 1; i++) held.push(await openClient(wsUrl(server)));
  const last = await openClient(wsUrl(server));
  last.send('still here');
  expect((await nextMessage(last)).data.toString()).toBe('still here');
  await Promise.all([last, ...held].map((ws) => (ws.close(1000), closed(ws))));
  await vi.waitUntil(() => openDescriptors() <= descriptors, {timeout: 5000, interval: 20});
}

/** The close code the server sends after the handshake for a raw frame on `path`. */
function closeCodeOn(server: Pick<SiteServer, 'url'>, path: string, bytes: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no close frame from the server on ${path}`)), 3000);
    rawSend(server, path, bytes, (buffer, socket) => {
      const at = buffer.indexOf(0x88);
      if (at >= 0 && buffer.length >= at + 4) {
        clearTimeout(timer);
        resolve(buffer.readUInt16BE(at + 2));
        socket.destroy();
      }
    }).catch(reject);
  });
}

const FAULTS: Array<[string, Buffer, number]> = [
  ['an RSV1 bit', Buffer.from([0xc1, 0x81, 0, 0, 0, 0, 0x78]), 1002],
  ['a reserved opcode', frame(0x3, Buffer.from('x')), 1002],
  ['an unmasked frame', frame(0x1, Buffer.from('x'), {mask: false}), 1002],
  ['invalid UTF-8', frame(0x1, Buffer.from([0xc3, 0x28])), 1007],
  ['a fragmented ping', frame(0x9, Buffer.from('x'), {fin: false}), 1002],
  ['an oversized ping', frame(0x9, Buffer.alloc(126)), 1002],
  ['a close code that may not be sent', frame(0x8, Buffer.from([0x03, 0xed])), 1002],
  ['a close reason that is not UTF-8', frame(0x8, Buffer.from([0x03, 0xe8, 0xc3, 0x28])), 1007],
  ['a 64-bit length over the limit', Buffer.from([0x82, 0xff, 0, 0, 0, 1, 0, 0, 0, 0, 1, 2, 3, 4]), 1009],
  ['a message over the size limit', frame(0x2, Buffer.alloc(2048)), 1009],
  ['a new message interleaved in a fragmented one', Buffer.concat([frame(0x1, Buffer.from('a'), {fin: false}), frame(0x1, Buffer.from('b'))]), 1002],
];

describe('1. protocol faults on every WebSocket endpoint', () => {
  for (const path of ['/ws', '/ws/server-close?mode=CloseOutputAsync', '/ws/events?trace=hostile-events']) {
    it(`closes each fault on ${path.split('?')[0]} with its code and stays up`, async () => {
      const server = await start({maxMessageSize: 1024, maxConnections: 4});
      const descriptors = openDescriptors();
      for (const [name, bytes, code] of FAULTS) expect([name, await closeCodeOn(server, path, bytes)]).toEqual([name, code]);
      await expectHealthy(server, descriptors, 4);
    });
  }
});

describe('the server process itself, attacked through its own port', () => {
  // In a process of its own, as `npm start` runs it: what once ended the process (items 1 to 3)
  // must leave it running, not merely leave this test's assertions true.
  it('survives protocol faults on /ws/events, unparsable targets and resets while refused', async () => {
    const instance = await startEchoInstance();
    try {
      const server = {url: `http://127.0.0.1:${instance.port}`};
      for (const [name, bytes, code] of FAULTS.filter(([name]) => !name.includes('size limit'))) {
        expect([name, await closeCodeOn(server, '/ws/events?trace=process-attack', bytes)]).toEqual([name, code]);
      }
      for (const target of ['http://[', '//[', 'http://%zz/']) {
        expect(await rawExchange(server, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)).toMatch(/^HTTP\/1\.1 400 /);
        expect(await rawExchange(server, upgradeHeaders(target))).toMatch(/^HTTP\/1\.1 400 /);
      }
      for (let round = 0; round < 20; round++)
        await Promise.all([upgradeHeaders('/nope'), upgradeHeaders('/ws/events')].map((r) => rawExchange(server, r, {reset: true})));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(instance.process.exitCode).toBeNull();
      expect(await statusOf(`${server.url}/ws`)).toBe(426);
    } finally {
      instance.process.kill('SIGTERM');
      await instance.exited;
    }
  });

  it('serves on when clients leave mid-file with 1,000 pipelined GETs each, at a limit of 256 descriptors', async () => {
    const root = buildRoot();
    const instance = await startEchoInstance({root, descriptors: 256});
    try {
      const get = 'GET /assets/big.js HTTP/1.1\r\nHost: x\r\n\r\n'.repeat(1000);
      for (let client = 0; client < 21; client++) {
        await new Promise<void>((resolve) => {
          const socket = connect(instance.port, '127.0.0.1', () => socket.write(get));
          socket.once('data', () => {
            socket.destroy();
            resolve();
          });
          socket.on('error', () => resolve());
        });
      }
      const open = () => readdirSync(`/proc/${instance.process.pid}/fd`).length;
      await vi.waitUntil(() => open() < 64, {timeout: 5000, interval: 50});
      expect(instance.process.exitCode).toBeNull();
      expect(await statusOf(`http://127.0.0.1:${instance.port}/assets/big.js`)).toBe(200);
    } finally {
      instance.process.kill('SIGTERM');
      await instance.exited;
    }
  });

  it('gives an independent client (python3-websockets) the close codes of its faults', async () => {
    const server = await start({maxMessageSize: 1024});
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn('/usr/bin/python3', [join(__dirname, '__fixtures__/python_hostile.py'), wsUrl(server)]);
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`python client failed (${code}): ${text}`))));
    });
    expect(JSON.parse(out)).toEqual({oversized_echo: 1009, oversized_events: 1009, events_text_ignored: true, still_echoes: 'after'});
  });
});

describe('requests Node cannot parse or that come too slowly', () => {
  it('get 400, 431 or 408 and one log line each', async () => {
    const server = await start({handshakeTimeout: 300});
    expect(await rawExchange(server, 'BLAH\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 /);
    expect(await rawExchange(server, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`)).toMatch(/^HTTP\/1\.1 431 /);
    const {port} = new URL(server.url);
    const slow = await new Promise<string>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\n'));
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('close', () => resolve(answer));
      socket.on('error', () => undefined);
    });
    expect(slow).toMatch(/^HTTP\/1\.1 408 /);
    expect(
      events()
        .filter((e) => e.event === 'rejected')
        .map((e) => ('status' in e ? e.status : 0)),
    ).toEqual([400, 431, 408]);
  });
});

describe('2. request targets that are not URLs', () => {
  it('answers 400 to each, as a plain request and as an upgrade', async () => {
    const server = await start();
    for (const target of ['http://[', '//[', 'http://%zz/']) {
      expect(await rawExchange(server, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)).toMatch(/^HTTP\/1\.1 400 /);
      expect(await rawExchange(server, upgradeHeaders(target))).toMatch(/^HTTP\/1\.1 400 /);
    }
    await expectHealthy(server, openDescriptors(), 2);
  });
});

describe('3. a client that resets the connection while its upgrade is refused', () => {
  it('ends that socket, not the server', async () => {
    const server = await start({maxConnections: 2});
    const descriptors = openDescriptors();
    const refused = [upgradeHeaders('/nope'), upgradeHeaders('/ws', 'Origin: https://evil.example\r\n'), upgradeHeaders('/ws/events')];
    for (let round = 0; round < 30; round++) await Promise.all(refused.map((request) => rawExchange(server, request, {reset: true})));
    await expectHealthy(server, descriptors, 2);
  });
});

describe('4. handshakes ws refuses', () => {
  it('give their connection slot back', async () => {
    const server = await start({maxConnections: 3});
    const descriptors = openDescriptors();
    const malformed = [
      upgradeHeaders('/ws').replace(/Sec-WebSocket-Key: \S+/, 'Sec-WebSocket-Key: short'),
      upgradeHeaders('/ws').replace('Sec-WebSocket-Version: 13', 'Sec-WebSocket-Version: 7'),
      upgradeHeaders('/ws').replace(/^GET/, 'POST'),
      upgradeHeaders('/ws').replace('Upgrade: websocket', 'Upgrade: h2c'),
    ];
    for (let round = 0; round < 3; round++) for (const request of malformed) expect(await rawExchange(server, request)).toMatch(/^HTTP\/1\.1 40[05] /);
    // Each refusal has its one log line.
    expect(events().filter((e) => e.event === 'rejected')).toHaveLength(3 * malformed.length);
    await expectHealthy(server, descriptors, 3);
  });
});

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

describe('6. event streams', () => {
  it('close a subscriber that does not read with 1013', async () => {
    const server = await start({maxBufferedBytes: 64 * 1024});
    const subscriber = await rawSend(server, '/ws/events?trace=slow-reader', Buffer.alloc(0));
    subscriber.pause();
    const echo = await openClient(wsUrl(server, '/ws?trace=slow-reader'));
    // Each echo streams two events to the subscriber, which the kernel's buffers take first.
    const overloaded = () => events().some((e) => e.event === 'close-sent' && e.mode === 'overload');
    for (let round = 0; round < 400 && !overloaded(); round++) {
      for (let i = 0; i < 500; i++) echo.send('x');
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(events().find((e) => e.event === 'close-sent' && e.mode === 'overload')).toMatchObject({code: 1013});
    subscriber.destroy();
    echo.close();
  });

  it('show the reader their connections’ events but never the peer address the log keeps', async () => {
    const server = await start();
    const stream = await openClient(wsUrl(server, '/ws/events?trace=own-events'));
    const streamed: string[] = [];
    stream.on('message', (data: Buffer) => streamed.push(data.toString()));
    const echo = await openClient(wsUrl(server, '/ws?trace=own-events'));
    echo.close(1000);
    await vi.waitUntil(() => streamed.some((e) => e.includes('"closed"')), {timeout: 3000, interval: 10});
    expect(streamed.some((e) => e.includes('"remote":"client"'))).toBe(true);
    expect(streamed.join('\n')).not.toMatch(/127\.0\.0\.1:\d+/);
    expect(events().find((e) => e.event === 'open' && e.endpoint === '/ws')).toMatchObject({remote: expect.stringMatching(/^127\.0\.0\.1:\d+$/)});
    stream.close();
  });

  it('allow a few subscribers per trace token, then answer 429', async () => {
    const server = await start({maxSubscribersPerTrace: 2});
    const streams = [await openClient(wsUrl(server, '/ws/events?trace=many-eyes')), await openClient(wsUrl(server, '/ws/events?trace=many-eyes'))];
    expect(await rejectedStatus(wsUrl(server, '/ws/events?trace=many-eyes'))).toBe(429);
    (await openClient(wsUrl(server, '/ws/events?trace=other-eyes'))).close();
    for (const ws of streams) ws.close();
  });

  it('are pinged, aborted when they do not answer, and logged when they open and close', async () => {
    const server = await start({keepAliveInterval: 50, keepAliveTimeout: 100});
    const stream = await openClient(wsUrl(server, '/ws/events?trace=dead-subscriber'), {autoPong: false} as object);
    expect((await closed(stream)).code).toBe(1006);
    await vi.waitUntil(() => events().some((e) => e.event === 'closed'), {timeout: 3000, interval: 10});
    const kinds = events().map((e) => [e.event, 'endpoint' in e ? e.endpoint : undefined]);
    expect(kinds).toContainEqual(['open', '/ws/events']);
    expect(events().map((e) => e.event)).toEqual(expect.arrayContaining(['abort', 'closed']));
  });
});

describe('7. the server-wide buffer budget', () => {
  it('cuts the peers holding the most with 1013 once all together hold more than maxTotalBufferedBytes', async () => {
    const server = await start({maxTotalBufferedBytes: 2 * 1024 * 1024, maxBufferedBytes: 64 * 1024 * 1024, maxMessageSize: 64 * 1024, closeTimeout: 500});
    const chunk = frame(0x2, Buffer.alloc(60_000, 7));
    const peers = await Promise.all([0, 1, 2].map(() => rawSend(server, '/ws', Buffer.alloc(0))));
    for (const peer of peers) peer.pause();
    for (let i = 0; i < 400; i++) for (const peer of peers) peer.write(chunk);
    // Each peer is refused (its next message over the budget) or cut (holding the most), and ended.
    await vi.waitUntil(() => events().filter((e) => e.event === 'closed').length === 3, {timeout: 10_000, interval: 20});
    const closes = events().filter((e) => e.event === 'close-sent');
    expect(closes).toHaveLength(3);
    for (const close of closes) expect(close).toMatchObject({code: 1013, mode: 'overload', reason: expect.stringMatching(/buffer (budget|memory)/)});
    for (const peer of peers) peer.destroy();
  });
});

describe('8. smaller holes', () => {
  it('refuses a page whose origin only matches the Host it sent (DNS rebinding), or whose scheme is not the one it came by', async () => {
    const server = await start({allowedHosts: ['docs.example.com']});
    const {port} = new URL(server.url);
    const asked = (origin: string, host: string, extra: Record<string, string> = {}) => rejectedStatus(wsUrl(server), {Origin: origin, Host: host, ...extra});
    expect(await asked(`http://evil.example:${port}`, `evil.example:${port}`)).toBe(403);
    expect(await asked(`ftp://127.0.0.1:${port}`, `127.0.0.1:${port}`)).toBe(403);
    expect(await asked(`http://docs.example.com:${port}`, `docs.example.com:${port}`, {'X-Forwarded-Proto': 'https'})).toBe(403);
    (await openClient(wsUrl(server), {origin: `http://docs.example.com:${port}`, headers: {Host: `docs.example.com:${port}`}})).close();
    (await openClient(wsUrl(server), {origin: server.url})).close();
    (await openClient(wsUrl(server), {origin: `http://192.168.1.5:${port}`, headers: {Host: `192.168.1.5:${port}`}})).close();
  });

  it('serves a page over HTTP/1.1 to an optional upgrade (h2c)', async () => {
    const server = await start();
    const answer = await rawExchange(
      server,
      'GET /docs/page HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQAoAAAAAIAAAAA\r\n\r\n',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 200 [\s\S]*<p>page<\/p>$/);
  });

  it('agrees to no subprotocol, reads close codes as decimal only, caps logged paths, and gives connections random ids', async () => {
    const server = await start();
    const offered = new WebSocket(wsUrl(server), ['chat']);
    const failure = await new Promise<string>((resolve) => offered.once('error', (error) => resolve(error.message)));
    expect(failure).toMatch(/subprotocol/i);
    expect(await rejectedStatus(wsUrl(server, '/ws/server-close?mode=CloseAsync&code=0x3e8'))).toBe(400);
    expect(await rejectedStatus(wsUrl(server, `/${'a'.repeat(5000)}`))).toBe(404);
    const rejected = events().filter((e) => e.event === 'rejected');
    expect(Math.max(...rejected.map((e) => JSON.stringify(e).length))).toBeLessThan(400);
    const a = await openClient(wsUrl(server));
    const b = await openClient(wsUrl(server));
    const ids = events()
      .filter((e) => e.event === 'open')
      .map((e) => ('id' in e ? String(e.id) : ''))
      .slice(-2);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(ids.some((id) => id.includes(process.pid.toString(36)))).toBe(false);
    a.close();
    b.close();
  });
});

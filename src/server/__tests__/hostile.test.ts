import {spawn} from 'node:child_process';
import {join} from 'node:path';
import {connect} from 'node:net';
import {readdirSync} from 'node:fs';
import {describe, expect, it, vi} from 'vitest';
import {WebSocket} from 'ws';
import {startEchoInstance} from '../../../tests/nginxHarness';
import {openClient, rawCloseCode, rejectedStatus, wsUrl} from './helpers';
import {buildRoot, expectHealthy, FAULTS, openDescriptors, rawExchange, statusOf, upgradeHeaders, hostileServer} from './hostileClients';

const {start, events} = hostileServer();

describe('1. protocol faults on every WebSocket endpoint', () => {
  for (const path of ['/ws', '/ws/server-close?mode=CloseOutputAsync', '/ws/events?trace=hostile-events']) {
    it(`closes each fault on ${path.split('?')[0]} with its code and stays up`, async () => {
      const server = await start({maxMessageSize: 1024, maxConnections: 4});
      const descriptors = openDescriptors();
      for (const [name, bytes, code] of FAULTS) expect([name, await rawCloseCode(server, bytes, path)]).toEqual([name, code]);
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
        expect([name, await rawCloseCode(server, bytes, '/ws/events?trace=process-attack')]).toEqual([name, code]);
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

import {randomBytes} from 'node:crypto';
import {mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {get as httpGet} from 'node:http';
import {connect, type Socket} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, expect, vi} from 'vitest';
import type {WebSocket} from 'ws';
import type {TimedEvent} from '../../core/protocol/serverEvents';
import type {SiteServer} from '../createSiteServer';
import type {SiteServerOptions} from '../options';
import {closed, frame, nextMessage, openClient, startServer, wsUrl} from './helpers';

/** What the hostile-client suites share: a build to serve, raw clients, and the health check run after each attack. */
/** A build folder with a page, a large asset, a dotfile and a link out of it. */
export function buildRoot(): string {
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

/** For a test file: `start()` runs a server on a fresh build (closed after each test), `events()` reads its log. */
export function hostileServer(): {start: (options?: Partial<SiteServerOptions>) => Promise<SiteServer>; events: () => TimedEvent[]} {
  let site: SiteServer | undefined;
  let events: () => TimedEvent[] = () => [];
  afterEach(async () => {
    await site?.close();
    site = undefined;
  });
  return {
    start: async (options = {}) => {
      const started = await startServer({root: buildRoot(), logLevel: 'info', ...options});
      site = started.site;
      events = started.events;
      return started.site;
    },
    events: () => events(),
  };
}

export const openDescriptors = () => readdirSync('/proc/self/fd').length;

/** A GET on a connection of its own, closed after the answer (fetch would keep it open and hold a descriptor). */
export function statusOf(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    httpGet(url, {agent: false}, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    }).on('error', reject);
  });
}

/** Writes raw bytes on a new TCP connection and resolves with everything the server sent until it closed. */
export function rawExchange(server: Pick<SiteServer, 'url'>, bytes: string | Buffer, {reset = false} = {}): Promise<string> {
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

export const upgradeHeaders = (path: string, extra = '') =>
  `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n${extra}\r\n`;

/**
 * After every attack: the server answers a page and an echo, a valid upgrade still succeeds when
 * all but one slot are taken, and the process holds no more descriptors than before.
 */
export async function expectHealthy(server: SiteServer, descriptors: number, maxConnections: number): Promise<void> {
  expect(await statusOf(`${server.url}/docs/page`)).toBe(200);
  const held: WebSocket[] = [];
  for (let i = 0; i < maxConnections - 1; i++) held.push(await openClient(wsUrl(server)));
  const last = await openClient(wsUrl(server));
  last.send('still here');
  expect((await nextMessage(last)).data.toString()).toBe('still here');
  await Promise.all([last, ...held].map((ws) => (ws.close(1000), closed(ws))));
  await vi.waitUntil(() => openDescriptors() <= descriptors, {timeout: 5000, interval: 20});
}

export const FAULTS: Array<[string, Buffer, number]> = [
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

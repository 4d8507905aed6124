import {randomBytes} from 'node:crypto';
import {connect, type Socket} from 'node:net';
import {WebSocket} from 'ws';
import {createSiteServer, type SiteServer} from '../createSiteServer';
import type {TimedEvent} from '../../core/protocol/serverEvents';
import type {SiteServerOptions} from '../options';

/** A server on a free loopback port whose event log is collected instead of printed. */
export async function startServer(options: Partial<SiteServerOptions> = {}): Promise<{site: SiteServer; events: () => TimedEvent[]; lines: string[]}> {
  const lines: string[] = [];
  const site = await createSiteServer({
    host: '127.0.0.1',
    port: 0,
    root: __dirname,
    keepAliveInterval: 0,
    logLevel: 'debug',
    log: (line) => lines.push(line),
    ...options,
  });
  const events = () => lines.map((line) => JSON.parse(line) as TimedEvent);
  return {site, events, lines};
}

export function wsUrl(site: SiteServer, path = '/ws'): string {
  return site.url.replace(/^http/, 'ws') + path;
}

export function openClient(url: string, options: ConstructorParameters<typeof WebSocket>[2] = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, options);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

export function nextMessage(ws: WebSocket): Promise<{data: Buffer; isBinary: boolean}> {
  return new Promise((resolve) => ws.once('message', (data: Buffer, isBinary: boolean) => resolve({data, isBinary})));
}

export function closed(ws: WebSocket): Promise<{code: number; reason: string}> {
  return new Promise((resolve) => ws.once('close', (code: number, reason: Buffer) => resolve({code, reason: reason.toString()})));
}

export function rejectedStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, {headers});
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
    });
    ws.once('open', () => reject(new Error('the upgrade was accepted')));
    ws.once('error', () => undefined);
  });
}

/** A client frame, masked as RFC 6455 requires (unless `mask` is false, which is itself a fault). */
export function frame(opcode: number, payload: Buffer, {fin = true, mask = true} = {}): Buffer {
  const key = randomBytes(4);
  const head = [(fin ? 0x80 : 0) | opcode];
  if (payload.length < 126) head.push((mask ? 0x80 : 0) | payload.length);
  else head.push((mask ? 0x80 : 0) | 126, payload.length >> 8, payload.length & 0xff);
  const body = mask ? Buffer.from(payload.map((b, i) => b ^ (key[i % 4] ?? 0))) : payload;
  return Buffer.concat([Buffer.from(head), mask ? key : Buffer.alloc(0), body]);
}

/** Performs a raw handshake on `path`, then writes `bytes`; `onData` sees what the server sends after. */
export function rawSend(
  site: Pick<SiteServer, 'url'>,
  path: string,
  bytes: Buffer,
  onData: (buffer: Buffer, socket: Socket) => void = () => undefined,
): Promise<Socket> {
  const {port} = new URL(site.url);
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(Number(port), '127.0.0.1');
    let buffer = Buffer.alloc(0);
    let upgraded = false;
    socket.on('connect', () => {
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      );
    });
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (!upgraded) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        upgraded = true;
        buffer = buffer.subarray(end + 4);
        socket.write(bytes);
        resolve(socket);
      }
      onData(buffer, socket);
    });
    socket.on('error', reject);
  });
}

/** Sends raw bytes on a socket path (/ws unless told) and resolves with the close code the server answers with. */
export function rawCloseCode(site: Pick<SiteServer, 'url'>, bytes: Buffer, path = '/ws'): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no close frame from the server on ${path}`)), 3000);
    rawSend(site, path, bytes, (buffer, socket) => {
      const close = buffer.indexOf(0x88);
      if (close >= 0 && buffer.length >= close + 4) {
        clearTimeout(timer);
        resolve(buffer.readUInt16BE(close + 2));
        socket.destroy();
      }
    }).catch(reject);
  });
}

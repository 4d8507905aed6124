import type {IncomingMessage} from 'node:http';
import type {RawData, WebSocket} from 'ws';
import {CLOSE_ABNORMAL, closeStatusName} from './closeCodes';
import {closeOutputSentMessage, type EventHub, type ServerEvent} from './events';
import type {SiteServerOptions} from './options';

export type CloseMode = 'answer' | 'CloseAsync' | 'CloseOutputAsync' | 'shutdown' | 'overload' | 'fault';

/** One accepted socket with its id, peer, trace token and the events it reports. */
export class Connection {
  closeSentMode?: CloseMode;
  private pingSentAt?: number;
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    readonly ws: WebSocket,
    readonly id: string,
    readonly remote: string,
    readonly trace: string | undefined,
    private readonly hub: EventHub,
  ) {}

  emit(event: ServerEvent): void {
    this.hub.emit(event, this.trace);
  }

  /** Sends the close frame (once) and reports it, with .NET's event 3427. */
  sendClose(code: number, reason: string, mode: CloseMode): void {
    if (this.closeSentMode) return;
    this.closeSentMode = mode;
    this.emit({event: 'close-sent', id: this.id, code, reason, mode});
    this.emit({event: 'WebSocketCloseOutputSent', eventId: 3427, id: this.id, message: closeOutputSentMessage(this.id, this.remote, closeStatusName(code))});
    // For answers and protocol faults ws has already put the close frame on the wire.
    if (mode !== 'answer' && mode !== 'fault') this.ws.close(code, reason);
  }

  /** Server pings every interval; a peer that does not answer within the timeout is aborted. */
  startKeepAlive({keepAliveInterval, keepAliveTimeout}: SiteServerOptions): void {
    if (keepAliveInterval === 0) return;
    const interval = setInterval(() => {
      if (this.pingSentAt !== undefined) return;
      this.pingSentAt = performance.now();
      this.ws.ping();
      this.emit({event: 'ping-sent', id: this.id});
      if (keepAliveTimeout > 0) {
        const timeout = setTimeout(() => {
          if (this.pingSentAt === undefined) return;
          this.emit({event: 'abort', id: this.id, reason: `no pong within ${keepAliveTimeout} ms`});
          this.ws.terminate();
        }, keepAliveTimeout);
        this.timers.push(timeout);
      }
    }, keepAliveInterval);
    this.timers.push(interval);
    this.ws.on('pong', () => {
      if (this.pingSentAt === undefined) return;
      this.emit({event: 'pong-received', id: this.id, rttMs: Math.round((performance.now() - this.pingSentAt) * 100) / 100});
      this.pingSentAt = undefined;
    });
  }

  stopTimers(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.length = 0;
  }
}

let counter = 0;

/** Wires a freshly accepted socket: open, errors, the close handshake and the final close. */
export function trackConnection(ws: WebSocket, req: IncomingMessage, hub: EventHub, settings: SiteServerOptions, endpoint: string, trace?: string): Connection {
  counter = (counter + 1) % Number.MAX_SAFE_INTEGER;
  const id = `${process.pid.toString(36)}-${counter.toString(36)}`;
  const remote = `${req.socket.remoteAddress}:${req.socket.remotePort}`;
  const connection = new Connection(ws, id, remote, trace, hub);
  connection.emit({event: 'open', id, remote, origin: req.headers.origin ?? null, endpoint});
  connection.startKeepAlive(settings);
  ws.on('error', (error: Error & {code?: string}) => {
    connection.emit({event: 'error', id, code: error.code ?? 'ERR_UNKNOWN', message: error.message});
    const status = statusCodeOf(error);
    if (status !== undefined) connection.sendClose(status, '', 'fault');
  });
  ws.on('close', (code: number, reason: Buffer) => {
    connection.stopTimers();
    const text = reason.toString('utf8');
    if (code !== CLOSE_ABNORMAL) {
      connection.emit({event: 'close-received', id, code, reason: text});
      // ws answered the peer's close frame itself; report it as the sample's CloseAsync answer.
      connection.sendClose(code, text, 'answer');
    }
    connection.emit({event: 'closed', id, code, reason: text, clean: code !== CLOSE_ABNORMAL});
  });
  return connection;
}

/** ws puts the close code it sends for a protocol fault on the error under a private symbol. */
function statusCodeOf(error: Error): number | undefined {
  const symbol = Object.getOwnPropertySymbols(error).find((s) => s.description === 'status-code');
  const value = symbol ? (error as unknown as Record<symbol, unknown>)[symbol] : undefined;
  return typeof value === 'number' ? value : undefined;
}

export function messageType(isBinary: boolean): 'text' | 'binary' {
  return isBinary ? 'binary' : 'text';
}

export function rawSize(data: RawData): number {
  if (Array.isArray(data)) return data.reduce((n, b) => n + b.length, 0);
  return data instanceof ArrayBuffer ? data.byteLength : data.length;
}

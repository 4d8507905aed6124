import {randomFillSync} from 'node:crypto';
import type {RawData, WebSocket} from 'ws';
import type {BufferBudget} from './bufferBudget';
import {CLOSE_ABNORMAL, closeStatusName} from './closeCodes';
import type {ServerEvent} from '../core/protocol/serverEvents';
import {closeOutputSentMessage, type EventHub} from './events';
import type {ServerMetrics} from './metrics';

/** The server's event hub, its set of open connections (each leaves it when it closes) and its buffer budget. */
export interface SharedState {
  hub: EventHub;
  registry: Set<Connection>;
  budget: BufferBudget;
  metrics?: ServerMetrics;
}

export type CloseMode = 'answer' | 'CloseAsync' | 'CloseOutputAsync' | 'shutdown' | 'overload' | 'fault';

/** What the server keeps of the upgrade request: never the request itself, which is large. */
export interface ConnectionInfo {
  remote: string;
  origin: string | null;
  endpoint: string;
  trace?: string;
}

/** One accepted socket with its id, peer, trace token and the events it reports. */
export class Connection {
  closeSentMode?: CloseMode;
  pingSentAt?: number;
  /** Unsent bytes allowed before the peer counts as not reading (echo endpoints). */
  maxBufferedBytes = Infinity;
  // Whole milliseconds: a small integer costs no heap number per connection.
  lastPingAt = Math.round(performance.now());

  constructor(
    readonly ws: WebSocket,
    readonly id: string,
    readonly info: ConnectionInfo,
    /** What every connection of the server shares (one object, not three fields on each). */
    readonly shared: SharedState,
  ) {}

  /** The server-wide budget of unsent bytes this socket's sends count against. */
  get budget(): BufferBudget {
    return this.shared.budget;
  }

  emit(event: ServerEvent): void {
    this.shared.hub.emit(event, this.info.trace, this.info.remote);
  }

  /** Per-message events cost an object each: build them only when someone logs or listens. */
  get verbose(): boolean {
    return this.shared.hub.wants(this.info.trace);
  }

  /**
   * Sends the close frame (once) and reports it, with .NET's event 3427. At the info level only a
   * close the server decided is logged: answering the peer's close is in the `closed` line.
   */
  sendClose(code: number, reason: string, mode: CloseMode): void {
    if (this.closeSentMode) return;
    this.closeSentMode = mode;
    const verbose = this.verbose;
    if (verbose || mode !== 'answer') this.emit({event: 'close-sent', id: this.id, code, reason, mode});
    if (verbose) {
      this.emit({
        event: 'WebSocketCloseOutputSent',
        eventId: 3427,
        id: this.id,
        message: closeOutputSentMessage(this.id, this.info.remote, closeStatusName(code)),
      });
    }
    // For answers and protocol faults ws has already put the close frame on the wire.
    if (mode !== 'answer' && mode !== 'fault') this.ws.close(code, reason);
  }

  ping(now: number): void {
    this.pingSentAt = now;
    this.lastPingAt = Math.round(now);
    this.ws.ping();
    if (this.verbose) this.emit({event: 'ping-sent', id: this.id});
  }
}

// Random, 64 bits: an id says nothing of the server's process or of how many connections it has
// had. Drawn from a pool, as randomUUID does, so a connection costs no system call.
const idPool = Buffer.alloc(8 * 256);
let idAt = idPool.length;

function connectionId(): string {
  if (idAt === idPool.length) {
    randomFillSync(idPool);
    idAt = 0;
  }
  idAt += 8;
  return idPool.toString('hex', idAt - 8, idAt);
}

const CONNECTION: unique symbol = Symbol('connection');

/** A socket that trackConnection has given its connection. */
interface TrackedSocket extends WebSocket {
  [CONNECTION]?: Connection;
}

/** The connection a ws socket belongs to; listeners are shared functions, not per-socket closures. */
export function connectionOf(ws: WebSocket): Connection {
  const connection = (ws as TrackedSocket)[CONNECTION];
  if (!connection) throw new Error('connectionOf: the socket was never tracked (trackConnection sets its connection first)');
  return connection;
}

function onPong(this: WebSocket): void {
  const connection = connectionOf(this);
  if (connection.pingSentAt === undefined) return;
  const rttMs = Math.round((performance.now() - connection.pingSentAt) * 100) / 100;
  connection.pingSentAt = undefined;
  if (connection.verbose) connection.emit({event: 'pong-received', id: connection.id, rttMs});
}

function onError(this: WebSocket, error: Error & {code?: string}): void {
  const connection = connectionOf(this);
  connection.emit({event: 'error', id: connection.id, code: error.code ?? 'ERR_UNKNOWN', message: error.message});
  const status = statusCodeOf(error);
  if (status !== undefined) connection.sendClose(status, '', 'fault');
}

function onClose(this: WebSocket, code: number, reason: Buffer): void {
  const connection = connectionOf(this);
  const {id} = connection;
  const text = reason.toString('utf8');
  if (code !== CLOSE_ABNORMAL) {
    if (connection.verbose) connection.emit({event: 'close-received', id, code, reason: text});
    // ws answered the peer's close frame itself, as the sample's CloseAsync does.
    connection.sendClose(code, text, 'answer');
  }
  connection.emit({event: 'closed', id, code, reason: text, clean: code !== CLOSE_ABNORMAL});
  connection.shared.registry.delete(connection);
}

/** Wires a freshly accepted socket: open, pong, errors, the close handshake and the final close. */
export function trackConnection(ws: WebSocket, info: ConnectionInfo, shared: SharedState): Connection {
  const id = connectionId();
  const connection = new Connection(ws, id, info, shared);
  (ws as TrackedSocket)[CONNECTION] = connection;
  shared.registry.add(connection);
  connection.emit({event: 'open', id, remote: info.remote, origin: info.origin, endpoint: info.endpoint});
  ws.on('pong', onPong);
  ws.on('error', onError);
  ws.on('close', onClose);
  return connection;
}

/**
 * One timer for all sockets (not one per socket): pings each connection every `interval` ms and
 * aborts one whose pong is more than `timeout` ms late.
 */
export function startKeepAlive(connections: Set<Connection>, interval: number, timeout: number): () => void {
  if (interval === 0) return () => undefined;
  const tick = Math.max(10, Math.min(interval, timeout || interval) / 4);
  const timer = setInterval(() => {
    const now = performance.now();
    for (const connection of connections) {
      if (connection.pingSentAt !== undefined) {
        if (timeout > 0 && now - connection.pingSentAt > timeout) {
          connection.emit({event: 'abort', id: connection.id, reason: `no pong within ${timeout} ms`});
          connection.ws.terminate();
        }
      } else if (now - connection.lastPingAt >= interval) {
        connection.ping(now);
      }
    }
  }, tick);
  timer.unref();
  return () => clearInterval(timer);
}

/** ws puts the close code it sends for a protocol fault on the error under a private symbol. */
function statusCodeOf(error: Error): number | undefined {
  const symbol = Object.getOwnPropertySymbols(error).find((s) => s.description === 'status-code');
  const value: unknown = symbol ? Reflect.get(error, symbol) : undefined;
  return typeof value === 'number' ? value : undefined;
}

export function messageType(isBinary: boolean): 'text' | 'binary' {
  return isBinary ? 'binary' : 'text';
}

export function rawSize(data: RawData): number {
  if (Array.isArray(data)) return data.reduce((n, b) => n + b.length, 0);
  return data instanceof ArrayBuffer ? data.byteLength : data.length;
}

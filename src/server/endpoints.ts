import type {RawData, WebSocket} from 'ws';
import {CLOSE_NORMAL, CLOSE_TRY_AGAIN_LATER, isSendableCloseCode} from './closeCodes';
import {connectionOf, messageType, rawSize, type Connection} from './connection';

/**
 * The ASP.NET Core sample's Echo loop: every message back with its type and bytes until the
 * client closes (ws answers the close with the same code and reason).
 */
export function runEcho(connection: Connection, maxBufferedBytes: number): void {
  connection.maxBufferedBytes = maxBufferedBytes;
  connection.ws.on('message', onEchoMessage);
}

function onEchoMessage(this: WebSocket, data: RawData, isBinary: boolean): void {
  const connection = connectionOf(this);
  const {id} = connection;
  const mode = connection.closeSentMode;
  if (mode === 'CloseAsync') {
    // CloseAsync does not read what arrives after its close frame.
    if (connection.verbose) connection.emit({event: 'message-ignored', id, type: messageType(isBinary), size: rawSize(data)});
    return;
  }
  if (mode) {
    // CloseOutputAsync: the close is sent, but whatever the client still sends is received and reported.
    if (connection.verbose) connection.emit({event: 'message-in', id, type: messageType(isBinary), size: rawSize(data), afterCloseSent: true});
    return;
  }
  if (this.bufferedAmount > connection.maxBufferedBytes) {
    connection.sendClose(CLOSE_TRY_AGAIN_LATER, 'Peer is not reading its echoes', 'overload');
    return;
  }
  if (connection.budget.over()) {
    connection.sendClose(CLOSE_TRY_AGAIN_LATER, 'Server is out of buffer memory', 'overload');
    return;
  }
  const size = rawSize(data);
  connection.budget.add(size);
  this.send(data, {binary: isBinary});
  connection.shared.metrics?.echoed(size);
  if (connection.verbose) {
    const type = messageType(isBinary);
    connection.emit({event: 'message-in', id, type, size});
    connection.emit({event: 'message-out', id, type, size});
  }
}

export interface ServerCloseRequest {
  mode: 'CloseAsync' | 'CloseOutputAsync';
  code: number;
  reason: string;
}

/** `?mode=CloseAsync|CloseOutputAsync&code=&reason=` of the server-close endpoint, or an error text. */
export function parseServerCloseRequest(params: URLSearchParams): ServerCloseRequest | string {
  const mode = params.get('mode');
  if (mode !== 'CloseAsync' && mode !== 'CloseOutputAsync') return `mode must be CloseAsync or CloseOutputAsync, got ${JSON.stringify(mode)}`;
  const raw = params.get('code');
  // Decimal digits only: Number() would read `0x3e8` or `1e3` as 1000.
  const code = raw === null ? CLOSE_NORMAL : /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(code) || !isSendableCloseCode(code)) return `code must be a close code a server may send, got ${JSON.stringify(params.get('code'))}`;
  const reason = params.get('reason') ?? '';
  if (Buffer.byteLength(reason) > 123) return 'reason must be at most 123 UTF-8 bytes';
  return {mode, code, reason};
}

/**
 * The server-initiated close demo: echoes the first message, then closes in the requested .NET
 * flavour. CloseAsync sends its close frame and waits for the answer (ws terminates after the close
 * timeout); CloseOutputAsync sends it and returns at once, and still reports what the client sends after.
 */
export function runServerClose(connection: Connection, maxBufferedBytes: number, request: ServerCloseRequest): void {
  runEcho(connection, maxBufferedBytes);
  // Registered after the echo handler: the first message is echoed, then the close frame goes out
  // before any later message is handled, so those count as arriving after the close.
  connection.ws.once('message', () => connection.sendClose(request.code, request.reason, request.mode));
}

/**
 * Streams the events of every connection opened with the same trace token. Nothing is echoed; a
 * subscriber that does not read its events is closed with 1013 like an echo peer that does not
 * read its echoes, and what it sends is dropped.
 */
export function runEventStream(connection: Connection, trace: string, maxBufferedBytes: number): void {
  const {ws} = connection;
  const unsubscribe = connection.shared.hub.subscribe(trace, (event) => {
    if (ws.readyState !== ws.OPEN || connection.closeSentMode) return;
    if (ws.bufferedAmount > maxBufferedBytes || connection.budget.over()) {
      connection.sendClose(CLOSE_TRY_AGAIN_LATER, 'Subscriber is not reading its events', 'overload');
      return;
    }
    const text = JSON.stringify(event);
    connection.budget.add(text.length);
    ws.send(text);
  });
  ws.on('close', unsubscribe);
}

export const TRACE_TOKEN = /^[A-Za-z0-9_-]{8,64}$/;

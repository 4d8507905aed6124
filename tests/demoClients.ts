import WebSocket from 'ws';
import {backoffMs, TRACE_CHECK_MS, traceToken} from '../src/components/EchoDemo/protocol';
import type {TimedEvent} from '../src/core/protocol/serverEvents';

/**
 * A demo client as the page's demo behaves with "reconnect" on: on a close it reconnects after the
 * demo's backoff, and it sends again what was sent but not echoed, so nothing is lost. Each echo
 * is recorded, so a duplicate would show; so is how long each reconnect took.
 */
export class DemoClient {
  readonly received: number[] = [];
  /** Close codes of sockets that had opened. */
  readonly closes: number[] = [];
  /** Handshakes that failed while reconnecting (the proxy had no instance to give, or refused). */
  failedAttempts = 0;
  /** Milliseconds from each unexpected close to the next open. */
  readonly reconnectMs: number[] = [];
  private pending: number[] = [];
  private next = 0;
  private socket?: WebSocket;
  private attempts = 0;
  private closedAt?: number;

  constructor(
    private readonly url: string,
    private readonly origin: string,
    private readonly id: number,
    private readonly messages: number,
  ) {}

  get done(): boolean {
    return this.received.length === this.messages;
  }

  connect(): void {
    const socket = new WebSocket(this.url, {headers: {Origin: this.origin}});
    this.socket = socket;
    let opened = false;
    socket.on('open', () => {
      opened = true;
      this.attempts = 0;
      if (this.closedAt !== undefined) this.reconnectMs.push(performance.now() - this.closedAt);
      this.closedAt = undefined;
      for (const n of this.pending) socket.send(`${this.id}:${n}`);
    });
    socket.on('message', (data) => {
      const n = Number(String(data).split(':')[1]);
      this.received.push(n);
      this.pending = this.pending.filter((p) => p !== n);
      if (this.done) socket.close(1000);
    });
    socket.on('error', () => undefined);
    socket.on('close', (code) => {
      if (opened) this.closes.push(code);
      else this.failedAttempts++;
      if (this.done) return;
      this.closedAt ??= performance.now();
      setTimeout(() => this.connect(), backoffMs(this.attempts++));
    });
  }

  /** Sends the next message when connected; while disconnected, it waits in the queue. */
  tick(): void {
    if (this.next === this.messages) return;
    const n = this.next++;
    this.pending.push(n);
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(`${this.id}:${n}`);
  }
}

/** One echo connection of a traced session, and what its event stream saw of it. */
export interface TracedConnection {
  token: string;
  /** The connection's id, from the stream's "open" event for /ws. */
  id?: string;
  echoed: number;
  seenIn: number;
  /** Events the stream saw of any other connection: must stay empty. */
  foreign: TimedEvent[];
  closeCode?: number;
  /** Closed because its stream never saw it (on another instance), and connected again. */
  retraced?: boolean;
}

/**
 * A traced demo session as the page's trace demo runs it: for each connection a new token, the
 * event stream opened first, then the echo socket carrying the token; on a close, both again after
 * the demo's backoff.
 */
export class TracedSession {
  readonly connections: TracedConnection[] = [];
  private echo?: WebSocket;
  private stream?: WebSocket;
  private attempts = 0;
  private stopped = false;

  constructor(
    private readonly base: string,
    private readonly origin: string,
  ) {}

  get current(): TracedConnection | undefined {
    return this.connections.at(-1);
  }

  connect(): void {
    if (this.stopped) return;
    const connection: TracedConnection = {token: traceToken(), echoed: 0, seenIn: 0, foreign: []};
    const stream = new WebSocket(`${this.base}/ws/events?trace=${connection.token}`, {headers: {Origin: this.origin}});
    this.stream = stream;
    const retry = () => {
      if (this.stopped || connection.closeCode !== undefined) return;
      connection.closeCode = -1;
      stream.close();
      setTimeout(() => this.connect(), backoffMs(this.attempts++));
    };
    stream.on('error', () => undefined);
    stream.on('close', () => {
      // A stream that never opened: try again, as the demo does on its next connect.
      if (!this.connections.includes(connection)) retry();
    });
    stream.on('message', (data) => {
      const event = JSON.parse(String(data)) as TimedEvent;
      if (event.event === 'open' && event.endpoint === '/ws' && connection.id === undefined) connection.id = event.id;
      else if ('id' in event && event.id !== connection.id) connection.foreign.push(event);
      else if (event.event === 'message-in') connection.seenIn++;
    });
    stream.on('open', () => {
      this.connections.push(connection);
      const echo = new WebSocket(`${this.base}/ws?trace=${connection.token}`, {headers: {Origin: this.origin}});
      this.echo = echo;
      echo.on('open', () => {
        this.attempts = 0;
        // As the demo does: a stream that has not seen its socket open is on another instance.
        setTimeout(() => {
          if (connection.id === undefined && echo.readyState === WebSocket.OPEN) {
            connection.retraced = true;
            echo.close(1000);
          }
        }, TRACE_CHECK_MS);
      });
      echo.on('message', () => connection.echoed++);
      echo.on('error', () => undefined);
      echo.on('close', (code) => {
        if (this.stopped) return;
        connection.closeCode = code;
        stream.close(1000);
        if (connection.retraced) this.connect();
        else setTimeout(() => this.connect(), backoffMs(this.attempts++));
      });
    });
  }

  tick(): void {
    if (this.echo?.readyState === WebSocket.OPEN) this.echo.send('traced');
  }

  stop(): void {
    this.stopped = true;
    this.echo?.close(1000);
    this.stream?.close(1000);
  }
}

import {useEffect, useRef, useState} from 'react';
import {useTranslation} from 'react-i18next';
import {backoffMs, closeCodeKey, preview, RoundTrips, toHex, TRACE_CHECK_MS, traceToken} from './protocol';
import {describeServerEvent, openEventStream} from './serverEvents';
import type {useLog} from './useLog';
import {reasonText} from './reasonText';

export type SocketStatus = 'ready' | 'connecting' | 'open' | 'closing' | 'closed';

export interface EchoSocket {
  status: SocketStatus;
  /** What the reader did wrong last, in their language; empty when nothing. */
  problem: string;
  setProblem(problem: string): void;
  connect(): Promise<void>;
  canSend(): boolean;
  /** Sends text or bytes and logs them; the round trip is timed from here. */
  send(payload: string | Uint8Array): void;
  close(code: number, reason: string): void;
}

interface EchoSocketOptions {
  url: string;
  /** Stream the server's own events of this connection into the log. */
  trace: boolean;
  /** Reconnect (with backoff) when the server closes; read at each close, so it can change while open. */
  reconnect: boolean;
  log: ReturnType<typeof useLog>;
}

/** The echo connection of the demo: opening, logging each message with its round trip, closing, reconnecting. */
export function useEchoSocket({url, trace, reconnect, log}: EchoSocketOptions): EchoSocket {
  const {t} = useTranslation();
  const [status, setStatus] = useState<SocketStatus>('ready');
  const [problem, setProblem] = useState('');
  const socket = useRef<WebSocket | null>(null);
  const stream = useRef<WebSocket | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const attempts = useRef(0);
  const userClosed = useRef(false);
  const reconnectRef = useRef(reconnect);
  const roundTrips = useRef(new RoundTrips());
  reconnectRef.current = reconnect;

  useEffect(() => {
    return () => {
      clearTimeout(timer.current);
      socket.current?.close(1000);
      stream.current?.close(1000);
    };
  }, []);

  const typeName = (isBinary: boolean) => t(isBinary ? 'binary' : 'text');

  /**
   * The socket's URL: with `trace`, the event stream is opened first and the echo carries its token;
   * `traced` turns true when the stream reports the echo socket's opening.
   */
  async function target(): Promise<{address: string; traced?: {seen: boolean}}> {
    if (!trace) return {address: url};
    const token = traceToken();
    const traced = {seen: false};
    try {
      stream.current?.close(1000);
      stream.current = await openEventStream(url, token, (event) => {
        if (event.event === 'open' && event.endpoint === '/ws') traced.seen = true;
        log.add('server', t('entry.event', {text: describeServerEvent(t, event)}));
      });
      return {address: `${url}?trace=${token}`, traced};
    } catch {
      // The echo still works without its trace; the log says why if the server is down.
      return {address: url};
    }
  }

  async function connect(): Promise<void> {
    clearTimeout(timer.current);
    userClosed.current = false;
    setStatus('connecting');
    setProblem('');
    const {address, traced} = await target();
    log.add('info', t('entry.connecting', {url}));
    const ws = new WebSocket(address);
    // Behind a proxy the stream and the socket can land on different instances (one failing or coming
    // back between the two): a stream that has not seen its socket open is on the wrong one.
    let retrace = false;
    ws.binaryType = 'arraybuffer';
    socket.current = ws;
    roundTrips.current.reset();
    let opened = false;
    ws.onopen = () => {
      opened = true;
      attempts.current = 0;
      setStatus('open');
      log.add('info', t('entry.open'));
      if (traced)
        timer.current = setTimeout(() => {
          if (traced.seen || socket.current !== ws || ws.readyState !== WebSocket.OPEN) return;
          retrace = true;
          log.add('info', t('entry.retrace'));
          ws.close(1000);
        }, TRACE_CHECK_MS);
    };
    ws.onmessage = (event: MessageEvent<string | ArrayBuffer>) => {
      const rtt = roundTrips.current.received(performance.now());
      const {data} = event;
      const isBinary = typeof data !== 'string';
      const content = isBinary ? toHex(new Uint8Array(data)) : data;
      const size = isBinary ? data.byteLength : new TextEncoder().encode(data).length;
      // Size and round trip first: a long message's text is cut, the whole of it there on demand.
      const shown = preview(content);
      const values = {type: typeName(isBinary), size, ms: rtt, content: shown.text};
      log.add('in', t(rtt === undefined ? 'entry.received' : 'entry.receivedRtt', values), shown.cut ? content : undefined);
    };
    ws.onerror = () => {
      if (!opened) log.add('error', t('entry.unreachable', {url}));
    };
    ws.onclose = (event) => {
      setStatus('closed');
      const meaning = t(closeCodeKey(event.code));
      log.add(
        event.wasClean ? 'info' : 'error',
        t('entry.closed', {code: event.code, meaning, reason: reasonText(t, event.reason), clean: t(event.wasClean ? 'entry.clean' : 'entry.unclean')}),
      );
      if (retrace && !userClosed.current) {
        void connect();
      } else if (reconnectRef.current && !userClosed.current) {
        const delay = backoffMs(attempts.current++);
        log.add('info', t('entry.reconnecting', {seconds: delay / 1000}));
        timer.current = setTimeout(() => void connect(), delay);
      }
    };
  }

  const canSend = () => socket.current?.readyState === WebSocket.OPEN;

  function send(payload: string | Uint8Array): void {
    const ws = socket.current;
    if (!ws) return;
    roundTrips.current.sent(performance.now());
    ws.send(payload);
    const isBinary = typeof payload !== 'string';
    const size = isBinary ? payload.length : new TextEncoder().encode(payload).length;
    const content = isBinary ? toHex(payload) : payload;
    const shown = preview(content);
    log.add('out', t('entry.sent', {type: typeName(isBinary), size, content: shown.text}), shown.cut ? content : undefined);
  }

  function close(code: number, reason: string): void {
    setProblem('');
    userClosed.current = true;
    clearTimeout(timer.current);
    setStatus('closing');
    socket.current?.close(code, reason);
  }

  return {status, problem, setProblem, connect, canSend, send, close};
}

import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import {useTranslation} from 'react-i18next';
import CommunicationLog from './CommunicationLog';
import {backoffMs, closeCodeKey, parseHex, RoundTrips, toHex, traceToken, validateClose} from './protocol';
import {useSocketUrl} from './useSocketUrl';
import {describeServerEvent, openEventStream} from './serverEvents';
import {useLog} from './useLog';
import styles from './styles.module.css';

type Status = 'ready' | 'connecting' | 'open' | 'closing' | 'closed';

/**
 * The sample page's echo client, and more: text or binary messages, round trip of each echo, close
 * with a code and reason, optional reconnection. With `trace`, the server's own events for this
 * connection (event 3427 among them) are streamed into the log.
 */
export default function EchoDemo({trace = false}: {trace?: boolean}): ReactNode {
  const {t} = useTranslation();
  const [status, setStatus] = useState<Status>('ready');
  const url = useSocketUrl();
  const [message, setMessage] = useState('Hello, WebSocket!');
  const [binary, setBinary] = useState(false);
  const [code, setCode] = useState('1000');
  const [reason, setReason] = useState('');
  const [reconnect, setReconnect] = useState(false);
  const [problem, setProblem] = useState('');
  const log = useLog();
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

  async function connect(): Promise<void> {
    clearTimeout(timer.current);
    userClosed.current = false;
    setStatus('connecting');
    setProblem('');
    let target = url;
    if (trace) {
      const token = traceToken();
      try {
        stream.current?.close(1000);
        stream.current = await openEventStream(url, token, (event) => log.add('server', t('entry.event', {text: describeServerEvent(t, event)})));
        target = `${url}?trace=${token}`;
      } catch {
        // The echo still works without its trace; the log says why if the server is down.
      }
    }
    log.add('info', t('entry.connecting', {url}));
    const ws = new WebSocket(target);
    ws.binaryType = 'arraybuffer';
    socket.current = ws;
    roundTrips.current.reset();
    let opened = false;
    ws.onopen = () => {
      opened = true;
      attempts.current = 0;
      setStatus('open');
      log.add('info', t('entry.open'));
    };
    ws.onmessage = (event: MessageEvent<string | ArrayBuffer>) => {
      const rtt = roundTrips.current.received(performance.now());
      const isBinary = typeof event.data !== 'string';
      const content = isBinary ? toHex(new Uint8Array(event.data as ArrayBuffer)) : (event.data as string);
      const size = isBinary ? (event.data as ArrayBuffer).byteLength : new TextEncoder().encode(event.data as string).length;
      const roundTrip = rtt === undefined ? '' : ` (${t('entry.rtt', {ms: rtt})})`;
      log.add('in', t('entry.received', {type: typeName(isBinary), size, content}) + roundTrip);
    };
    ws.onerror = () => {
      if (!opened) log.add('error', t('entry.unreachable', {url}));
    };
    ws.onclose = (event) => {
      setStatus('closed');
      const meaning = t(closeCodeKey(event.code));
      log.add(event.wasClean ? 'info' : 'error', t('entry.closed', {code: event.code, meaning, reason: event.reason, clean: t(event.wasClean ? 'entry.clean' : 'entry.unclean')}));
      if (reconnectRef.current && !userClosed.current) {
        const delay = backoffMs(attempts.current++);
        log.add('info', t('entry.reconnecting', {seconds: delay / 1000}));
        timer.current = setTimeout(() => void connect(), delay);
      }
    };
  }

  function send(): void {
    const ws = socket.current;
    if (!ws || ws.readyState !== WebSocket.OPEN) return;
    const bytes = binary ? parseHex(message) : undefined;
    if (binary && !bytes) {
      setProblem(t('invalid.hex'));
      return;
    }
    setProblem('');
    roundTrips.current.sent(performance.now());
    ws.send(bytes ?? message);
    const size = bytes ? bytes.length : new TextEncoder().encode(message).length;
    log.add('out', t('entry.sent', {type: typeName(binary), size, content: bytes ? toHex(bytes) : message}));
  }

  function close(): void {
    const invalid = validateClose(code, reason);
    if (invalid) {
      setProblem(invalid.key === 'invalid.reason' ? t(invalid.key, {bytes: invalid.bytes}) : t(invalid.key));
      return;
    }
    setProblem('');
    userClosed.current = true;
    clearTimeout(timer.current);
    setStatus('closing');
    socket.current?.close(Number(code), reason);
  }

  const isOpen = status === 'open';
  const canConnect = (status === 'ready' || status === 'closed') && url !== '';
  return (
    <section className={styles.demo} aria-labelledby={`demo-title-${trace ? 'trace' : 'echo'}`} data-demo={trace ? 'trace' : 'echo'}>
      <h2 id={`demo-title-${trace ? 'trace' : 'echo'}`} className={styles.title}>
        {t(trace ? 'titleTrace' : 'title')}
      </h2>
      <p>{t(trace ? 'introTrace' : 'intro')}</p>
      <p className={styles.status} data-status={status}>
        {t('status.label')}: <strong>{t(`status.${status}`)}</strong>
      </p>
      <div className={styles.row}>
        <label>
          {t('url')}
          <input value={url} readOnly className={styles.url} />
        </label>
        <button type="button" className="button button--primary" onClick={() => void connect()} disabled={!canConnect}>
          {t('connect')}
        </button>
        <label className={styles.check}>
          <input type="checkbox" checked={reconnect} onChange={(e) => setReconnect(e.target.checked)} />
          {t('reconnect')}
        </label>
      </div>
      <div className={styles.row}>
        <label>
          {t('message')}
          <input value={message} onChange={(e) => setMessage(e.target.value)} disabled={!isOpen} data-field="message" />
        </label>
        <label>
          {t('messageType')}
          <select value={binary ? 'binary' : 'text'} onChange={(e) => setBinary(e.target.value === 'binary')} disabled={!isOpen}>
            <option value="text">{t('text')}</option>
            <option value="binary">{t('binary')}</option>
          </select>
        </label>
        <button type="button" className="button button--secondary" onClick={send} disabled={!isOpen}>
          {t('send')}
        </button>
      </div>
      <div className={styles.row}>
        <label>
          {t('closeCode')}
          <input value={code} onChange={(e) => setCode(e.target.value)} inputMode="numeric" size={5} disabled={!isOpen} data-field="close-code" />
        </label>
        <label>
          {t('closeReason')}
          <input value={reason} onChange={(e) => setReason(e.target.value)} disabled={!isOpen} data-field="close-reason" />
        </label>
        <button type="button" className="button button--secondary" onClick={close} disabled={!isOpen}>
          {t('closeSocket')}
        </button>
      </div>
      {problem && (
        <p role="alert" className={styles.problem}>
          {problem}
        </p>
      )}
      <CommunicationLog entries={log.entries} onClear={log.clear} />
    </section>
  );
}

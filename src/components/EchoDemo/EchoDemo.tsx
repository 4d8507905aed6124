import React, {useId, useState, type ReactNode} from 'react';
import {useTranslation} from 'react-i18next';
import CommunicationLog from './CommunicationLog';
import {parseHex, validateClose} from './protocol';
import {useEchoSocket} from './useEchoSocket';
import {useLog} from './useLog';
import {useOnline} from './useOnline';
import {useSocketUrl} from './useSocketUrl';
import styles from './styles.module.css';

/**
 * The sample page's echo client, and more: text or binary messages, round trip of each echo, close
 * with a code and reason, optional reconnection. With `trace`, the server's own events for this
 * connection (event 3427 among them) are streamed into the log.
 */
export default function EchoDemo({trace = false}: {trace?: boolean}): ReactNode {
  const {t} = useTranslation();
  const url = useSocketUrl();
  const [message, setMessage] = useState('Hello, WebSocket!');
  const [binary, setBinary] = useState(false);
  const [code, setCode] = useState('1000');
  const [reason, setReason] = useState('');
  const [reconnect, setReconnect] = useState(false);
  const log = useLog();
  const socket = useEchoSocket({url, trace, reconnect, log});
  const {status, problem, setProblem, connect} = socket;
  const online = useOnline();
  const id = useId();

  function send(): void {
    if (!socket.canSend()) return;
    const bytes = binary ? parseHex(message) : undefined;
    if (binary && !bytes) {
      setProblem(t('invalid.hex'));
      return;
    }
    setProblem('');
    socket.send(bytes ?? message);
  }

  function close(): void {
    const invalid = validateClose(code, reason);
    if (invalid) {
      setProblem(invalid.key === 'invalid.reason' ? t(invalid.key, {bytes: invalid.bytes}) : t(invalid.key));
      return;
    }
    socket.close(Number(code), reason);
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
      {!online && (
        <p className={styles.offline} role="status" data-offline="">
          {t('offline')}
        </p>
      )}
      <div className={styles.row}>
        <label>
          {t('url')}
          <input value={url} readOnly className={styles.url} aria-describedby={`${id}-url-hint`} />
          <span id={`${id}-url-hint`} className={styles.hint}>
            {t('urlHint')}
          </span>
        </label>
        {/* aria-disabled, not disabled: Connect stays a Tab stop while the demo loads, and keyboard focus lands on it. */}
        <button type="button" className="button button--primary" onClick={() => canConnect && void connect()} aria-disabled={!canConnect}>
          {t('connect')}
        </button>
        <label className={styles.check}>
          <input type="checkbox" checked={reconnect} onChange={(e) => setReconnect(e.target.checked)} />
          {t('reconnect')}
        </label>
      </div>
      {/* Forms, so Enter in a field sends (or closes) as the button beside it does. */}
      <form
        className={styles.row}
        onSubmit={(event) => {
          event.preventDefault();
          send();
        }}>
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
        <button type="submit" className="button button--secondary" disabled={!isOpen}>
          {t('send')}
        </button>
      </form>
      <form
        className={styles.row}
        onSubmit={(event) => {
          event.preventDefault();
          close();
        }}>
        <label>
          {t('closeCode')}
          <input value={code} onChange={(e) => setCode(e.target.value)} inputMode="numeric" size={5} disabled={!isOpen} data-field="close-code" />
        </label>
        <label>
          {t('closeReason')}
          <input value={reason} onChange={(e) => setReason(e.target.value)} disabled={!isOpen} data-field="close-reason" />
        </label>
        <button type="submit" className="button button--secondary" disabled={!isOpen}>
          {t('closeSocket')}
        </button>
      </form>
      {problem && (
        <p role="alert" className={styles.problem}>
          {problem}
        </p>
      )}
      <CommunicationLog entries={log.entries} onClear={log.clear} />
    </section>
  );
}

import React, {useState, type ReactNode} from 'react';
import {useTranslation} from 'react-i18next';
import type {TimedEvent} from '../../core/protocol/serverEvents';
import {closeCodeKey, traceToken} from './protocol';
import {useSocketUrl} from './useSocketUrl';
import {describeServerEvent, openEventStream} from './serverEvents';
import styles from './styles.module.css';
import {reasonText} from './reasonText';

const MODES = ['CloseAsync', 'CloseOutputAsync'] as const;
type Mode = (typeof MODES)[number];
const BURST = 5;

interface Run {
  client: string[];
  server: TimedEvent[];
}

/** One socket to the server-close endpoint: five messages at once, then watch what the server reports. */
async function runMode(url: string, mode: Mode, describeClose: (e: CloseEvent) => string, onChange: (run: Run) => void): Promise<void> {
  const run: Run = {client: [], server: []};
  const token = traceToken();
  const stream = await openEventStream(url, token, (event) => {
    run.server = [...run.server, event];
    onChange({...run});
  });
  const ws = new WebSocket(`${url.replace(/\/ws$/, '/ws/server-close')}?mode=${mode}&code=1000&reason=${encodeURIComponent(mode)}&trace=${token}`);
  ws.onopen = () => {
    for (let i = 1; i <= BURST; i++) ws.send(`message ${i}`);
  };
  ws.onmessage = (event) => {
    run.client = [...run.client, `← ${String(event.data)}`];
    onChange({...run});
  };
  ws.onclose = (event) => {
    run.client = [...run.client, describeClose(event)];
    onChange({...run});
    setTimeout(() => stream.close(1000), 500);
  };
}

/** What one close mode did: the server's events and the client's log, side by side with the other mode. */
function ModeColumn({mode, run}: {mode: Mode; run: Run | undefined}): ReactNode {
  const {t} = useTranslation();
  return (
    <div data-mode={mode}>
      <h3>
        <code>{mode}</code>
      </h3>
      <h4>{t('serverReceived')}</h4>
      <div className={styles.entries} role="log" aria-live="polite" aria-label={`${mode}: ${t('serverReceived')}`} tabIndex={0}>
        <ol className={styles.list}>
          {(run?.server ?? []).map((event, i) => (
            <li key={i} data-event={event.event} data-after-close={'afterCloseSent' in event && event.afterCloseSent ? 'true' : undefined}>
              {describeServerEvent(t, event)}
            </li>
          ))}
        </ol>
      </div>
      <h4>{t('log')}</h4>
      <div className={styles.entries} role="log" aria-label={`${mode}: ${t('log')}`} tabIndex={0}>
        <ol className={styles.list}>
          {(run?.client ?? []).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ol>
      </div>
    </div>
  );
}

/** CloseAsync and CloseOutputAsync side by side, on the same burst of messages. */
export default function CloseModesDemo(): ReactNode {
  const {t} = useTranslation();
  const url = useSocketUrl();
  const [runs, setRuns] = useState<Partial<Record<Mode, Run>>>({});
  const [failed, setFailed] = useState(false);

  const describeClose = (e: CloseEvent) =>
    t('entry.closed', {
      code: e.code,
      meaning: t(closeCodeKey(e.code)),
      reason: reasonText(t, e.reason),
      clean: t(e.wasClean ? 'entry.clean' : 'entry.unclean'),
    });

  function runBoth(): void {
    setRuns({});
    setFailed(false);
    for (const mode of MODES) {
      runMode(url, mode, describeClose, (run) => setRuns((all) => ({...all, [mode]: run}))).catch(() => setFailed(true));
    }
  }

  return (
    <section className={styles.demo} aria-labelledby="demo-title-close-modes" data-demo="close-modes">
      <h2 id="demo-title-close-modes" className={styles.title}>
        {t('titleCloseModes')}
      </h2>
      <p>{t('introCloseModes')}</p>
      <button type="button" className="button button--primary" onClick={runBoth} disabled={url === ''}>
        {t('run')}
      </button>
      {failed && (
        <p role="alert" className={styles.problem}>
          {t('entry.unreachable', {url})}
        </p>
      )}
      <div className={styles.columns}>
        {MODES.map((mode) => (
          <ModeColumn key={mode} mode={mode} run={runs[mode]} />
        ))}
      </div>
    </section>
  );
}

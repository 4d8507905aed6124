import React, {useLayoutEffect, useRef, useState, type ReactNode} from 'react';
import {useTranslation} from 'react-i18next';
import {logAsText, type LogEntry} from './useLog';
import styles from './styles.module.css';

const MARK: Record<LogEntry['direction'], string> = {out: '→', in: '←', info: '•', error: '!', server: '◆'};

/** A cut message in full, put in the page only when opened (a megabyte of text costs the page even hidden). */
function WholeMessage({text}: {text: string}): ReactNode {
  const {t} = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className={styles.whole} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('wholeMessage', {count: text.length})}</summary>
      {open && <pre>{text}</pre>}
    </details>
  );
}

/** How near the bottom (px) still counts as following the log. */
const FOLLOW_SLACK = 8;

/**
 * Entries are rendered as text nodes only: an echoed `<img onerror>` stays inert. The log follows
 * new entries unless the reader scrolled up to read; a cut message opens whole on demand.
 */
export default function CommunicationLog({entries, onClear}: {entries: LogEntry[]; onClear: () => void}): ReactNode {
  const {t} = useTranslation();
  const [copied, setCopied] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  useLayoutEffect(() => {
    const element = box.current;
    if (element && following.current) element.scrollTop = element.scrollHeight;
  }, [entries]);
  return (
    <div className={styles.log}>
      <div className={styles.logHeader}>
        <h3>{t('log')}</h3>
        <button type="button" className="button button--sm button--secondary" onClick={onClear} disabled={entries.length === 0}>
          {t('clear')}
        </button>
        <button
          type="button"
          className="button button--sm button--secondary"
          disabled={entries.length === 0}
          onClick={() => {
            void navigator.clipboard?.writeText(logAsText(entries)).then(() => setCopied(true));
          }}>
          {t('copy')}
        </button>
        <span aria-live="polite">{copied ? t('copied') : ''}</span>
      </div>
      <div
        ref={box}
        role="log"
        aria-live="polite"
        aria-label={t('log')}
        className={styles.entries}
        tabIndex={0}
        onScroll={(event) => {
          const element = event.currentTarget;
          following.current = element.scrollHeight - element.scrollTop - element.clientHeight <= FOLLOW_SLACK;
        }}>
        <ol className={styles.list}>
          {entries.map((entry) => (
            <li key={entry.id} data-direction={entry.direction}>
              <span className={styles.time}>{entry.time}</span> <span aria-hidden="true">{MARK[entry.direction]}</span> {entry.text}
              {entry.whole !== undefined && <WholeMessage text={entry.whole} />}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}

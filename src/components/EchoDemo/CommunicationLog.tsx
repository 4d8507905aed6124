import React, {useState, type ReactNode} from 'react';
import {useTranslation} from 'react-i18next';
import {logAsText, type LogEntry} from './useLog';
import styles from './styles.module.css';

const MARK: Record<LogEntry['direction'], string> = {out: '→', in: '←', info: '•', error: '!', server: '◆'};

/** Entries are rendered as text nodes only: an echoed `<img onerror>` stays inert. */
export default function CommunicationLog({entries, onClear}: {entries: LogEntry[]; onClear: () => void}): ReactNode {
  const {t} = useTranslation();
  const [copied, setCopied] = useState(false);
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
      <div role="log" aria-live="polite" aria-label={t('log')} className={styles.entries} tabIndex={0}>
        <ol className={styles.list}>
          {entries.map((entry) => (
            <li key={entry.id} data-direction={entry.direction}>
              <span className={styles.time}>{entry.time}</span> <span aria-hidden="true">{MARK[entry.direction]}</span> {entry.text}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}

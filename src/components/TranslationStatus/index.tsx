import React, {type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import type {LocaleStatus, PageStatus} from '../../project/status';
import styles from './styles.module.css';

function Bar({status}: {status: Pick<PageStatus, 'total' | 'translated' | 'stale' | 'untranslated'>}): ReactNode {
  const pct = (n: number) => (status.total ? (n / status.total) * 100 : 0);
  const label = translate(
    {id: 'status.bar', message: '{translated} translated, {stale} stale, {untranslated} untranslated of {total}'},
    {translated: status.translated, stale: status.stale, untranslated: status.untranslated, total: status.total},
  );
  return (
    <div className={styles.bar} role="img" aria-label={label} title={label}>
      <span className={styles.translated} style={{width: `${pct(status.translated)}%`}} />
      <span className={styles.stale} style={{width: `${pct(status.stale)}%`}} />
      <span className={styles.untranslated} style={{width: `${pct(status.untranslated)}%`}} />
    </div>
  );
}

/** Per locale and page: translated, stale and untranslated sentences, from `l10n status` at build time. */
export default function TranslationStatus({locales}: {locales: readonly LocaleStatus[]}): ReactNode {
  const heads = {
    page: translate({id: 'status.page', message: 'Page'}),
    progress: translate({id: 'status.progress', message: 'Progress'}),
    counts: translate({id: 'status.counts', message: 'Translated / stale / untranslated / obsolete'}),
  };
  return (
    <>
      <p className={styles.legend}>
        <span className={styles.translated} /> <Translate id="status.legend.translated">translated</Translate> <span className={styles.stale} />{' '}
        <Translate id="status.legend.stale">stale (the English changed)</Translate> <span className={styles.untranslated} />{' '}
        <Translate id="status.legend.untranslated">untranslated</Translate>
      </p>
      {locales.map((l) => (
        <section key={l.locale} data-status-locale={l.locale}>
          <h2>
            {l.locale}: {l.percent}%
          </h2>
          <Bar status={l} />
          {/* A focusable region: keyboard readers can scroll it when a narrow screen cuts it. */}
          <div className={styles.scroll} role="region" aria-label={`${l.locale}: ${heads.page}`} tabIndex={0}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th>{heads.page}</th>
                  <th>{heads.progress}</th>
                  <th>{heads.counts}</th>
                </tr>
              </thead>
              <tbody>
                {l.pages.map((p) => (
                  <tr key={p.page} data-status-page={p.page}>
                    <td data-label={heads.page}>{p.page}</td>
                    <td data-label={heads.progress}>
                      <Bar status={p} />
                    </td>
                    <td data-label={heads.counts}>
                      {p.translated} / {p.stale} / {p.untranslated} / {p.obsolete}
                      {!p.exists && (
                        <>
                          {' ('}
                          <Translate id="status.missing">no translation</Translate>
                          {')'}
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}

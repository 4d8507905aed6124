import React, {type ReactNode} from 'react';
import {usePluginData} from '@docusaurus/useGlobalData';
import Translate, {translate} from '@docusaurus/Translate';
import type {PageStatus} from '../../project/status';
import type {TranslationStatusData} from '../../docusaurus/plugins/translationStatusPlugin';
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
export default function TranslationStatus(): ReactNode {
  const {locales} = usePluginData('translation-status') as TranslationStatusData;
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
          <table className={styles.table}>
            <thead>
              <tr>
                <th>
                  <Translate id="status.page">Page</Translate>
                </th>
                <th>
                  <Translate id="status.progress">Progress</Translate>
                </th>
                <th>
                  <Translate id="status.counts">Translated / stale / untranslated / obsolete</Translate>
                </th>
              </tr>
            </thead>
            <tbody>
              {l.pages.map((p) => (
                <tr key={p.page} data-status-page={p.page}>
                  <td>{p.page}</td>
                  <td>
                    <Bar status={p} />
                  </td>
                  <td>
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
        </section>
      ))}
    </>
  );
}

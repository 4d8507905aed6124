import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {usePluginData} from '@docusaurus/useGlobalData';
import Translate from '@docusaurus/Translate';
import Admonition from '@theme/Admonition';
import type {Provenance} from './provenance';
import styles from './styles.module.css';

/** The date as the local-dates plugin formatted it at build time (the ISO date if it has none). */
function LocalDate({iso, locale}: {iso: string; locale: string}): ReactNode {
  const dates = usePluginData('local-dates') as Record<string, string> | undefined;
  const text = dates?.[iso] ?? iso;
  return (
    <time dateTime={iso} lang={locale}>
      {text}
    </time>
  );
}

/** The line above a localized page's content: who translated it and from which English. */
export default function ProvenanceNotice({provenance, locale}: {provenance: Provenance; locale: string}): ReactNode {
  const date = provenance.englishDate ? <LocalDate iso={provenance.englishDate} locale={locale} /> : '—';
  if (provenance.kind === 'untranslated') {
    return (
      <>
        <Head>
          <meta name="robots" content="noindex" />
        </Head>
        {/* About the page, not its content: search leaves it out. */}
        <div data-search-ignore="">
          <Admonition type="info" title={<Translate id="provenance.untranslated.title">Not translated yet</Translate>}>
            <p data-provenance="untranslated">
              <Translate id="provenance.untranslated.body">This page has no translation in your language yet; it is shown in English.</Translate>
            </p>
          </Admonition>
        </div>
      </>
    );
  }
  return (
    <p className={styles.provenance} data-provenance={provenance.kind} data-search-ignore="">
      {provenance.kind === 'machine' ? (
        <Translate id="provenance.machine" values={{date}}>
          {'Machine translation of the English of {date}.'}
        </Translate>
      ) : (
        <Translate id="provenance.human" values={{date}}>
          {'Human translation of the English of {date}.'}
        </Translate>
      )}
    </p>
  );
}

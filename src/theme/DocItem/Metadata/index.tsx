import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import Metadata from '@theme-original/DocItem/Metadata';
import Alternates from '@site/src/components/Alternates';
import {alternateLocales, TRANSLATED_IN_KEY} from '@site/src/core/i18n/alternates';

/**
 * A doc page's own head: where the page is translated comes with the page (its front matter, set at
 * build time), not in every page's global data. hreflang names only those locales, and
 * `data-page-translated` on <html> shows the reading-mode switch where it changes something.
 */
export default function MetadataWrapper(): ReactNode {
  const {
    i18n: {currentLocale, defaultLocale, locales},
  } = useDocusaurusContext();
  const {frontMatter} = useDoc();
  const value = (frontMatter as Record<string, unknown>)[TRANSLATED_IN_KEY];
  const translatedIn = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  return (
    <>
      <Metadata />
      {translatedIn.includes(currentLocale) && (
        <Head>
          <html data-page-translated="" />
        </Head>
      )}
      <Alternates locales={alternateLocales(locales, defaultLocale, translatedIn)} />
    </>
  );
}

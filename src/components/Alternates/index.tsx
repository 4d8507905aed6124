import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';

/** hreflang alternates of the current page in the given locales, and the default locale as x-default. */
export default function Alternates({locales}: {locales: readonly string[]}): ReactNode {
  const {
    i18n: {defaultLocale, localeConfigs},
  } = useDocusaurusContext();
  const alternates = useAlternatePageUtils();
  return (
    <Head>
      {locales.map((locale) => (
        <link key={locale} rel="alternate" href={alternates.createUrl({locale, fullyQualified: true})} hrefLang={localeConfigs[locale]?.htmlLang ?? locale} />
      ))}
      <link rel="alternate" href={alternates.createUrl({locale: defaultLocale, fullyQualified: true})} hrefLang="x-default" />
    </Head>
  );
}

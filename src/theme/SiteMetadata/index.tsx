import React, {type ReactNode} from 'react';
import routes from '@generated/routes';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluginData} from '@docusaurus/useGlobalData';
import {matchPath, useLocation} from '@docusaurus/router';
import {PageMetadata, useThemeConfig} from '@docusaurus/theme-common';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';
import {alternateLocales, routeOf} from '@site/src/core/i18n/alternates';
import type {TranslationStatusData} from '@site/src/docusaurus/plugins/translationStatusPlugin';

interface RouteLike {
  path: string;
  exact?: boolean;
  strict?: boolean;
  routes?: RouteLike[];
}

const leaves = (list: readonly RouteLike[]): RouteLike[] => list.flatMap((route) => (route.routes ? leaves(route.routes) : [route]));
// The site's pages; anything else is shown by the catch-all route ('*'): the 404 page.
const PAGES = leaves(routes as RouteLike[]).filter((route) => route.path !== '*');
const isPage = (pathname: string) => PAGES.some(({path, exact, strict}) => matchPath(pathname, {path, exact: exact ?? false, strict: strict ?? false}));

/** Open Graph writes locales with an underscore: zh_TW. */
const openGraphLocale = (htmlLang: string) => htmlLang.replace('-', '_');

/**
 * The site-wide head of every page. Unlike the theme's: hreflang alternates name only the locales
 * where the page is translated (elsewhere the locale shows the English with `noindex`), and the
 * 404 page names no canonical URL or alternates.
 */
export default function SiteMetadata(): ReactNode {
  const {
    siteConfig: {url: siteUrl, baseUrl},
    i18n: {currentLocale, defaultLocale, localeConfigs},
  } = useDocusaurusContext();
  const {metadata, image} = useThemeConfig();
  const {pathname} = useLocation();
  const notFound = !isPage(pathname);
  const alternates = useAlternatePageUtils();
  const {translatedIn} = usePluginData('translation-status') as TranslationStatusData;
  const named = alternateLocales(routeOf(pathname, baseUrl), Object.keys(localeConfigs), defaultLocale, translatedIn);
  const currentHtmlLang = localeConfigs[currentLocale]?.htmlLang ?? currentLocale;
  return (
    <>
      <Head>
        <meta name="twitter:card" content="summary_large_image" />
        <meta property="og:locale" content={openGraphLocale(currentHtmlLang)} />
        {Object.values(localeConfigs)
          .filter((config) => config.htmlLang !== currentHtmlLang)
          .map((config) => (
            <meta key={config.htmlLang} property="og:locale:alternate" content={openGraphLocale(config.htmlLang)} />
          ))}
      </Head>
      {image && <PageMetadata image={image} />}
      {!notFound && (
        <Head>
          <meta property="og:url" content={`${siteUrl}${pathname}`} />
          <link rel="canonical" href={`${siteUrl}${pathname}`} />
          {named.map((locale) => (
            <link
              key={locale}
              rel="alternate"
              href={alternates.createUrl({locale, fullyQualified: true})}
              hrefLang={localeConfigs[locale]?.htmlLang ?? locale}
            />
          ))}
          <link rel="alternate" href={alternates.createUrl({locale: defaultLocale, fullyQualified: true})} hrefLang="x-default" />
        </Head>
      )}
      <Head>
        {metadata.map((metadatum, i) => (
          <meta key={i} {...metadatum} />
        ))}
      </Head>
    </>
  );
}

import React, {type ReactNode} from 'react';
import routes from '@generated/routes';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {matchPath, useLocation} from '@docusaurus/router';
import {PageMetadata, useThemeConfig} from '@docusaurus/theme-common';
import Alternates from '@site/src/components/Alternates';
import {isDocRoute, routeOf} from '@site/src/core/i18n/alternates';

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
 * The site-wide head of every page. Unlike the theme's: a doc page's hreflang alternates come from
 * the page (DocItem/Metadata names only the locales that translate it), and the 404 page names no
 * canonical URL or alternates.
 */
export default function SiteMetadata(): ReactNode {
  const {
    siteConfig: {url: siteUrl, baseUrl},
    i18n: {currentLocale, localeConfigs},
  } = useDocusaurusContext();
  const {metadata, image} = useThemeConfig();
  const {pathname} = useLocation();
  const notFound = !isPage(pathname);
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
        </Head>
      )}
      {/* A doc page names the locales that translate it itself (DocItem/Metadata); other pages exist in every locale. */}
      {!notFound && !isDocRoute(routeOf(pathname, baseUrl)) && <Alternates locales={Object.keys(localeConfigs)} />}
      <Head>
        {metadata.map((metadatum, i) => (
          <meta key={i} {...metadatum} />
        ))}
      </Head>
    </>
  );
}

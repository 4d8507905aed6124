import {writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {alternateLocales, isDocRoute, translatedInOf} from '../../core/i18n/alternates';
import {sitemapXml} from '../../core/i18n/sitemap';
import {addBuildOutput} from '../build/buildOutputs';
import type {LocaleStatus} from '../../project/status';

/**
 * Each locale's sitemap.xml, its URLs naming their translations (xhtml:link hreflang) where the
 * page is translated, and robots.txt pointing at the sitemaps. Pages marked noindex (a locale's
 * English fallbacks) and the 404 page are left out. URLs start with the site's `url` (SITE_URL).
 * Replaces the classic preset's sitemap, which names no alternates.
 */
export default function sitemapPlugin(context: LoadContext): Plugin {
  const {siteConfig, i18n} = context;
  const localePath = (locale: string) => (locale === i18n.defaultLocale ? '' : `/${i18n.localeConfigs[locale]?.path ?? locale}`);
  const url = (locale: string, route: string) => `${siteConfig.url}${localePath(locale)}${route === '/' ? '/' : route}`;
  return {
    name: 'sitemap-with-alternates',
    postBuild({outDir, baseUrl, routesPaths, routesBuildMetadata, plugins}) {
      // The translation status plugin's content: every locale's status.
      const status = plugins.find((p) => p.name === 'translation-status')?.content as LocaleStatus[] | undefined;
      const translatedIn = translatedInOf(status ?? []);
      const entries = routesPaths
        .filter((path) => path.startsWith(baseUrl) && !path.endsWith('/404.html') && !routesBuildMetadata[path]?.noIndex)
        .map((path) => {
          const route = `/${path.slice(baseUrl.length)}`;
          const locales = isDocRoute(route) ? alternateLocales(i18n.locales, i18n.defaultLocale, translatedIn[route] ?? []) : i18n.locales;
          return {
            loc: url(i18n.currentLocale, route),
            alternates: [
              ...locales.map((locale) => ({hreflang: i18n.localeConfigs[locale]?.htmlLang ?? locale, href: url(locale, route)})),
              {hreflang: 'x-default', href: url(i18n.defaultLocale, route)},
            ],
          };
        });
      const robots = `User-agent: *\nAllow: /\n\n${i18n.locales.map((locale) => `Sitemap: ${siteConfig.url}${localePath(locale)}/sitemap.xml`).join('\n')}\n`;
      const outputs: Array<[string, string]> = [
        [join(outDir, 'sitemap.xml'), sitemapXml(entries)],
        ...(i18n.currentLocale === i18n.defaultLocale ? [[join(outDir, 'robots.txt'), robots] as [string, string]] : []),
      ];
      const written = Promise.all(outputs.map(([file, text]) => writeFile(file, text)));
      addBuildOutput(
        outDir,
        outputs.map(([file]) => file),
        written,
      );
      return written.then(() => undefined);
    },
  };
}

/** Per doc route (without locale prefix, e.g. `/docs/api/closeoutputasync`), the locales that translate it. */
export type TranslatedIn = Record<string, string[]>;

/** A page's route without its locale's base URL (a localized build's baseUrl holds the locale): /zh-TW/docs/a → /docs/a. */
export function routeOf(pathname: string, baseUrl: string): string {
  return `/${pathname.startsWith(baseUrl) ? pathname.slice(baseUrl.length) : pathname.replace(/^\//, '')}`;
}

/** A status page's file (`api/closeoutputasync.md`, `a/index.md`) as its doc route: `/docs/api/closeoutputasync`, `/docs/a`. */
export function docRouteOf(page: string): string {
  return `/docs/${page.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '')}`.replace(/\/$/, '');
}

/** The front matter key the build sets on each doc page: the locales that translate it. */
export const TRANSLATED_IN_KEY = 'translated_in';

/** Whether a route (without locale prefix) is a doc page; pages that are not docs (home, status) exist in every locale. */
export const isDocRoute = (route: string) => route.startsWith('/docs/');

/**
 * The locales a doc page should name as its alternates (hreflang): the default locale always, the
 * others only where the page is translated (elsewhere the locale shows the English, `noindex`).
 */
export function alternateLocales(locales: readonly string[], defaultLocale: string, translated: readonly string[]): string[] {
  return locales.filter((locale) => locale === defaultLocale || translated.includes(locale));
}

/** From the translation status (`l10n status`): where each doc page has a translation. */
export function translatedInOf(
  locales: ReadonlyArray<{locale: string; pages: ReadonlyArray<{page: string; exists: boolean; translated: number}>}>,
): TranslatedIn {
  const translatedIn: TranslatedIn = {};
  for (const {locale, pages} of locales) {
    for (const page of pages) if (page.exists && page.translated > 0) (translatedIn[docRouteOf(page.page)] ??= []).push(locale);
  }
  return translatedIn;
}

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

/**
 * The locales a page should name as its alternates (hreflang): the default locale always, the
 * others only where the page is translated (elsewhere the locale shows the English, `noindex`).
 * Pages that are not docs (the home page, the status page) exist in every locale.
 */
export function alternateLocales(route: string, locales: readonly string[], defaultLocale: string, translatedIn: TranslatedIn): string[] {
  if (!route.startsWith('/docs/')) return [...locales];
  // A doc no locale translates is named in its default locale only.
  const translated = translatedIn[route] ?? [];
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

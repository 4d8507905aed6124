/** The site's locales, shared by docusaurus.config.ts, the l10n CLI and the components. */
export const DEFAULT_LOCALE = 'en';
export const TRANSLATED_LOCALES = ['zh-TW', 'pt-BR', 'ja-JP'] as const;
export const LOCALES = [DEFAULT_LOCALE, ...TRANSLATED_LOCALES] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_LABELS: Record<Locale, string> = {
  en: 'English',
  'zh-TW': '繁體中文',
  'pt-BR': 'Português (Brasil)',
  'ja-JP': '日本語',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Where Docusaurus looks for a localized doc. */
export function localizedDocDir(locale: string): string {
  return `i18n/${locale}/docusaurus-plugin-content-docs/current`;
}

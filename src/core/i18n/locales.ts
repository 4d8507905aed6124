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

export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

/** A locale that has translations (every site locale but the English default). */
export function isTranslatedLocale(value: unknown): value is TranslatedLocale {
  return typeof value === 'string' && (TRANSLATED_LOCALES as readonly string[]).includes(value);
}

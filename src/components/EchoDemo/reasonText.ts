import type {TFunction} from 'i18next';

/** A close reason as the reader's language quotes it, or "(none)" for an empty one (never 「」). */
export function reasonText(t: TFunction, reason: string): string {
  return reason === '' ? t('noReason') : t('reasonQuoted', {text: reason});
}

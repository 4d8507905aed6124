import {createInstance, type i18n as I18n} from 'i18next';
import {initReactI18next} from 'react-i18next';
import {DEMO_RESOURCES} from '../../core/i18n/demoResources';

/**
 * The demo's own i18next instance, initialized synchronously with inline resources so the
 * server-rendered HTML already carries the page locale's strings.
 */
export function createDemoI18n(locale: string): I18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'en',
    resources: Object.fromEntries(Object.entries(DEMO_RESOURCES).map(([lng, translation]) => [lng, {translation}])),
    initAsync: false,
    interpolation: {escapeValue: false},
    returnNull: false,
    // i18next otherwise prints a vendor notice in every reader's console.
    showSupportNotice: false,
  });
  return instance;
}

import {createInstance, type i18n as I18n} from 'i18next';
import {initReactI18next} from 'react-i18next';
import en from '../../core/i18n/demoStrings/en.json';
import jaJP from '../../core/i18n/demoStrings/ja-JP.json';
import ptBR from '../../core/i18n/demoStrings/pt-BR.json';
import zhTW from '../../core/i18n/demoStrings/zh-TW.json';

export const DEMO_RESOURCES = {en, 'zh-TW': zhTW, 'pt-BR': ptBR, 'ja-JP': jaJP};

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

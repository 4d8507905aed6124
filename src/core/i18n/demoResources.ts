import en from './demoStrings/en.json';
import jaJP from './demoStrings/ja-JP.json';
import ptBR from './demoStrings/pt-BR.json';
import zhTW from './demoStrings/zh-TW.json';

/** The live demo's UI strings per locale: read by the demo (through i18next) and checked by the CLI. */
export const DEMO_RESOURCES = {en, 'zh-TW': zhTW, 'pt-BR': ptBR, 'ja-JP': jaJP};

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

/** Fewer translations than this say too little about their language. */
const ENOUGH = 5;

/**
 * What the translations' writing systems say against the locale they are imported into, if they
 * contradict it: Japanese is written with kana, Chinese without, Portuguese in Latin letters. A
 * zh-TW file imported as ja-JP has no kana in any sentence; a ja-JP one as zh-TW has kana in most.
 * Undefined when they fit (or are too few to tell).
 */
export function localeScriptMismatch(locale: string, translations: readonly string[]): string | undefined {
  const cjk = translations.filter((t) => HAN.test(t) || KANA.test(t));
  const withKana = cjk.filter((t) => KANA.test(t)).length;
  const language = locale.split('-')[0];
  if (language === 'ja' || language === 'zh') {
    if (translations.length >= ENOUGH && cjk.length === 0) return `none of its ${translations.length} translations is written in Chinese or Japanese`;
    if (cjk.length < ENOUGH) return undefined;
    if (language === 'ja' && withKana === 0) return `it reads as Chinese: none of its ${cjk.length} translations has kana, which Japanese sentences have`;
    if (language === 'zh' && withKana * 2 >= cjk.length) return `it reads as Japanese: ${withKana} of its ${cjk.length} translations have kana`;
    return undefined;
  }
  if (translations.length >= ENOUGH && cjk.length * 2 >= translations.length && !translations.some((t) => LATIN.test(t) && !HAN.test(t))) {
    return `it reads as Chinese or Japanese: ${cjk.length} of its ${translations.length} translations are written in it`;
  }
  return undefined;
}

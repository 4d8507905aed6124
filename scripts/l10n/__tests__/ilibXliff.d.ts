// ilib-xliff ships no types; these are the shapes the tests use.
declare module 'ilib-xliff' {
  export interface TranslationUnit {
    file: string;
    id: string;
    source: string;
    target?: string;
    targetLocale?: string;
  }
  export class Xliff {
    constructor(options: {version: string});
    deserialize(text: string): void;
    getTranslationUnits(): TranslationUnit[];
  }
}

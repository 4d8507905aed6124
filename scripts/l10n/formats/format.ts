import type {ImportedUnit, Unit} from '../lib/unitTypes';

/** A translator's file format: its name on the command line, its file extensions, and both directions. */
export interface TranslatorFormat {
  name: string;
  extensions: readonly string[];
  /** `sourceOnly`: the English alone, for tools that pair a monolingual source file with the translation. */
  write(units: Unit[], locale: string, options?: {sourceOnly?: boolean}): string | Promise<string>;
  /** The units of a file, with the locale where the format names it. */
  read(text: string): TranslatorFile | Promise<TranslatorFile>;
}

export interface TranslatorFile {
  locale?: string;
  units: ImportedUnit[];
}

/** A file a format cannot read, with where (1-based) when the format knows; the caller names the file. */
export class UnreadableFile extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'UnreadableFile';
  }
}

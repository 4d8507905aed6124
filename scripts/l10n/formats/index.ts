import {extname} from 'node:path';
import type {TranslatorFormat} from './format';
import {i18nextFormat} from './i18next';
import {poFormat} from './po';
import {xliffFormat} from './xliff';

/** Every format export writes and import reads, as lingui keeps its formats: one registry. */
export const FORMATS: readonly TranslatorFormat[] = [xliffFormat, poFormat, i18nextFormat];

export const FORMAT_NAMES = FORMATS.map((f) => f.name);

export function formatNamed(name: string): TranslatorFormat | undefined {
  return FORMATS.find((f) => f.name === name);
}

/** The format of a translator's file, by its extension; undefined for anything else (a localized .md). */
export function formatOfFile(path: string): TranslatorFormat | undefined {
  const ext = extname(path).toLowerCase();
  return FORMATS.find((f) => f.extensions.includes(ext));
}

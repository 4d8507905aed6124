import type {ImportedUnit, Unit} from '../lib/unitTypes';
import {createLocator} from '../../../src/core/markdown/position';
import {UnreadableFile, type TranslatorFormat} from './format';

/**
 * i18next JSON v4: `{ "<page>": { "<id>": "<translation>" } }`. The format holds only keys and
 * values, so the English is not carried and import checks ids only; nor states, so a sentence to
 * review is empty, as a new one (its old translation would come back as final). Source only: the
 * same keys with the English, the source file of tools that pair two monolingual files.
 */
function toI18next(units: Unit[], _locale: string, {sourceOnly = false} = {}): string {
  const json: Record<string, Record<string, string>> = {};
  for (const u of units) (json[u.page] ??= {})[u.id] = sourceOnly ? u.english : u.state === 'needs-review' ? '' : u.translation;
  return `${JSON.stringify(json, null, 2)}\n`;
}

function fromI18next(text: string): {units: ImportedUnit[]} {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const where = at ? createLocator(text)(Number(at[1])) : undefined;
    throw new UnreadableFile(`the file is not valid JSON (${message.replace(/ in JSON at position \d+.*$/, '')})`, where?.line, where?.column);
  }
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isObject(json)) throw new UnreadableFile('an i18next file is an object of pages, each an object of sentence ids and translations', 1, 1);
  const units: ImportedUnit[] = [];
  for (const [page, entries] of Object.entries(json)) {
    if (!isObject(entries)) throw new UnreadableFile(`"${page}" must be an object of sentence ids and translations, not ${JSON.stringify(entries)}`);
    for (const [id, translation] of Object.entries(entries)) {
      if (typeof translation !== 'string') throw new UnreadableFile(`"${page}" › "${id}" must be a translation (a string), not ${JSON.stringify(translation)}`);
      units.push({page, id, translation});
    }
  }
  return {units};
}

export const i18nextFormat: TranslatorFormat = {name: 'i18next', extensions: ['.json'], write: toI18next, read: fromI18next};

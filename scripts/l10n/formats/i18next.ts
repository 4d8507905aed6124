import type {ImportedUnit, Unit} from '../lib/units';
import type {TranslatorFormat} from './format';

/**
 * i18next JSON v4: `{ "<page>": { "<id>": "<translation>" } }`. The format holds only keys and
 * values, so the English is not carried and import checks ids only.
 */
function toI18next(units: Unit[]): string {
  const json: Record<string, Record<string, string>> = {};
  for (const u of units) (json[u.page] ??= {})[u.id] = u.translation;
  return `${JSON.stringify(json, null, 2)}\n`;
}

function fromI18next(text: string): {units: ImportedUnit[]} {
  const json = JSON.parse(text) as Record<string, Record<string, unknown>>;
  return {
    units: Object.entries(json).flatMap(([page, entries]) =>
      Object.entries(entries).map(([id, translation]) => ({page, id, translation: String(translation ?? '')})),
    ),
  };
}

export const i18nextFormat: TranslatorFormat = {name: 'i18next', extensions: ['.json'], write: toI18next, read: fromI18next};

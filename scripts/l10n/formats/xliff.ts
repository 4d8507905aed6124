import js2xliff from 'xliff/js2xliff';
import xliff2js from 'xliff/xliff2js';
import type {ImportedUnit, Unit} from '../lib/units';
import type {TranslatorFormat} from './format';

type XliffUnit = {source: string; target: string; note?: string[] | string};

/** XLIFF 2.0, one <file> per page; state, neighbours and suggestions go in notes for the translator. */
async function toXliff(units: Unit[], locale: string): Promise<string> {
  const resources: Record<string, Record<string, XliffUnit>> = {};
  for (const u of units) {
    const notes = [`state: ${u.state}`];
    if (u.context.previous) notes.push(`previous: ${u.context.previous}`);
    if (u.context.next) notes.push(`next: ${u.context.next}`);
    for (const s of u.suggestions) notes.push(`suggestion (similarity ${s.similarity}): ${s.target}`);
    (resources[u.page] ??= {})[u.id] = {source: u.english, target: u.translation, note: notes};
  }
  return `${await js2xliff({sourceLanguage: 'en', targetLanguage: locale, resources})}\n`;
}

async function fromXliff(text: string): Promise<{locale?: string; units: ImportedUnit[]}> {
  const js = (await xliff2js(text)) as {targetLanguage?: string; resources: Record<string, Record<string, XliffUnit>>};
  const units = Object.entries(js.resources).flatMap(([page, entries]) =>
    Object.entries(entries).map(([id, u]) => ({page, id, english: String(u.source ?? ''), translation: String(u.target ?? '')})),
  );
  return {locale: js.targetLanguage, units};
}

export const xliffFormat: TranslatorFormat = {name: 'xliff', extensions: ['.xlf', '.xliff'], write: toXliff, read: fromXliff};

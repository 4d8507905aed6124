import {po} from 'gettext-parser';
import type {ImportedUnit, Unit} from '../lib/units';
import type {TranslatorFormat} from './format';

/** gettext PO: msgctxt "page#id", the English as msgid; needs-review is the fuzzy flag. */
function toPo(units: Unit[], locale: string): string {
  const translations: Record<string, Record<string, object>> = {};
  for (const u of units) {
    const msgctxt = `${u.page}#${u.id}`;
    const extracted = [
      u.context.previous ? `previous: ${u.context.previous}` : '',
      u.context.next ? `next: ${u.context.next}` : '',
      ...u.suggestions.map((s) => `suggestion (similarity ${s.similarity}): ${s.target}`),
    ].filter(Boolean);
    translations[msgctxt] = {
      [u.english]: {
        msgctxt,
        msgid: u.english,
        msgstr: [u.translation],
        comments: {reference: u.page, extracted: extracted.join('\n'), flag: u.state === 'needs-review' ? 'fuzzy' : ''},
      },
    };
  }
  const data = {charset: 'utf-8', headers: {Language: locale, 'Content-Type': 'text/plain; charset=UTF-8'}, translations};
  return `${po.compile(data as Parameters<typeof po.compile>[0], {foldLength: 0}).toString('utf8')}\n`;
}

function fromPo(text: string): {locale?: string; units: ImportedUnit[]} {
  const parsed = po.parse(text);
  const units: ImportedUnit[] = [];
  for (const [context, entries] of Object.entries(parsed.translations)) {
    const [, page, id] = /^(.*)#([^#]+)$/.exec(context) ?? [];
    if (page === undefined || id === undefined) continue;
    for (const entry of Object.values(entries)) {
      if (!entry.msgid) continue;
      units.push({page, id, english: entry.msgid, translation: entry.msgstr[0] ?? ''});
    }
  }
  return {locale: parsed.headers.Language || undefined, units};
}

export const poFormat: TranslatorFormat = {name: 'po', extensions: ['.po'], write: toPo, read: fromPo};

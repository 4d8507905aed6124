import {po} from 'gettext-parser';
import type {ImportedUnit, Unit} from '../lib/units';
import {UnreadableFile, type TranslatorFormat} from './format';

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
  let parsed: ReturnType<typeof po.parse>;
  try {
    parsed = po.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const line = /line (\d+)/i.exec(message)?.[1];
    throw new UnreadableFile(`the file is not a PO file gettext can read (${message})`, line ? Number(line) : undefined);
  }
  const units: ImportedUnit[] = [];
  for (const [context, entries] of Object.entries(parsed.translations)) {
    const [, page, id] = /^(.*)#([^#]+)$/.exec(context) ?? [];
    if (page === undefined || id === undefined) continue;
    for (const entry of Object.values(entries)) {
      if (!entry.msgid) continue;
      // A fuzzy entry is a draft (gettext itself leaves it out of compiled catalogs).
      const fuzzy = /(^|,)\s*fuzzy\s*(,|$)/.test(entry.comments?.flag ?? '');
      units.push({page, id, english: entry.msgid, translation: entry.msgstr[0] ?? '', ...(fuzzy ? {draft: 'fuzzy'} : {})});
    }
  }
  return {locale: parsed.headers.Language || undefined, units};
}

export const poFormat: TranslatorFormat = {name: 'po', extensions: ['.po'], write: toPo, read: fromPo};

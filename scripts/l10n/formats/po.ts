import {po} from 'gettext-parser';
import {termNote} from '../../../src/core/l10n/glossary';
import type {ImportedUnit, Unit} from '../lib/unitTypes';
import {UnreadableFile, type TranslatorFormat} from './format';

/** gettext PO: msgctxt "page#id", the English as msgid; needs-review is the fuzzy flag. */
function toPo(units: Unit[], locale: string, {sourceOnly = false} = {}): string {
  const translations: Record<string, Record<string, object>> = {};
  for (const u of units) {
    const msgctxt = `${u.page}#${u.id}`;
    const extracted = [
      u.context.previous ? `previous: ${u.context.previous}` : '',
      u.context.next ? `next: ${u.context.next}` : '',
      ...(u.note ? [`description: ${u.note}`] : []),
      ...u.terms.map((t) => `glossary: ${termNote(t)}`),
      ...u.suggestions.map((s) => `suggestion (similarity ${s.similarity}): ${s.target}`),
    ].filter(Boolean);
    translations[msgctxt] = {
      [u.english]: {
        msgctxt,
        msgid: u.english,
        msgstr: [sourceOnly ? '' : u.translation],
        comments: {
          // gettext has no reviewed state, and msgcat drops flags it does not know: a translator comment keeps it.
          translator: u.state === 'reviewed' || u.state === 'final' ? `state: ${u.state}` : '',
          reference: u.page,
          extracted: extracted.join('\n'),
          flag: u.state === 'needs-review' ? 'fuzzy' : '',
          // As msgmerge marks a changed msgid: the English the fuzzy translation was made from.
          previous: u.previousEnglish === undefined ? '' : `msgid ${poString(u.previousEnglish)}`,
        },
      },
    };
  }
  const headers = {
    'Project-Id-Version': 'bilingual-websocket-docs',
    'PO-Revision-Date': poDate(new Date()),
    'Last-Translator': '',
    'Language-Team': locale,
    Language: locale,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit',
    // The content has no plurals; gettext still wants the locale's rule.
    'Plural-Forms': PLURAL_FORMS[locale.split('-')[0] ?? ''] ?? 'nplurals=2; plural=(n != 1);',
  };
  const data = {charset: 'utf-8', headers, translations};
  // Unfolded, one newline at the end: what `msgcat --no-wrap` writes for the same catalog.
  return `${gettextCommentOrder(po.compile(data as Parameters<typeof po.compile>[0], {foldLength: 0}).toString('utf8')).trimEnd()}\n`;
}

/** A PO string literal, on one line (the file is written unfolded). */
function poString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;
}

/** gettext's plural rules of the languages the site has (from the gettext manual). */
const PLURAL_FORMS: Record<string, string> = {
  zh: 'nplurals=1; plural=0;',
  ja: 'nplurals=1; plural=0;',
  pt: 'nplurals=2; plural=(n > 1);',
};

/** A PO header date: 2026-11-27 14:05+0000. */
function poDate(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')}+0000`;
}

/**
 * gettext-parser writes references (`#:`) before extracted comments (`#.`); GNU gettext (msgcat,
 * msgmerge) writes them the other way round, so each entry's `#.` lines move first.
 */
function gettextCommentOrder(text: string): string {
  return text
    .split('\n\n')
    .map((entry) => {
      const lines = entry.split('\n');
      const references = lines.filter((l) => l.startsWith('#: '));
      if (references.length === 0) return entry;
      const extracted = lines.filter((l) => l.startsWith('#. '));
      const rest = lines.filter((l) => !l.startsWith('#: ') && !l.startsWith('#. '));
      const at = lines.findIndex((l) => l.startsWith('#: ') || l.startsWith('#. '));
      return [...rest.slice(0, at), ...extracted, ...references, ...rest.slice(at)].join('\n');
    })
    .join('\n\n');
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
      // Sentences have one form; a plural entry cannot be put back into a page.
      if (entry.msgid_plural !== undefined) {
        throw new UnreadableFile(`entry "${context}" has plural forms (msgid_plural), which the pages' sentences never have; give it a single msgstr`);
      }
      // A fuzzy entry is a draft (gettext itself leaves it out of compiled catalogs).
      const fuzzy = /(^|,)\s*fuzzy\s*(,|$)/.test(entry.comments?.flag ?? '');
      const review = /^state: (reviewed|final)$/m.exec(entry.comments?.translator ?? '')?.[1] as 'reviewed' | 'final' | undefined;
      units.push({page, id, english: entry.msgid, translation: entry.msgstr[0] ?? '', ...(fuzzy ? {draft: 'fuzzy'} : {state: review ?? 'translated'})});
    }
  }
  return {locale: parsed.headers.Language || undefined, units};
}

export const poFormat: TranslatorFormat = {name: 'po', extensions: ['.po'], write: toPo, read: fromPo};

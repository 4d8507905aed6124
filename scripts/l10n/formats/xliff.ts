import js2xliff from 'xliff/js2xliff';
import xliff2js from 'xliff/xliff2js';
import xliff12ToJs from 'xliff/xliff12ToJs';
import type {Unit} from '../lib/units';
import {UnreadableFile, type TranslatorFile, type TranslatorFormat} from './format';
import {checkXliff, unitKey} from './xmlCheck';

type XliffUnit = {source: string; target: string; note?: string[] | string};

/**
 * A page path as a `file/@id`, which XLIFF types NMTOKEN (no `/`): every character outside
 * [A-Za-z0-9.-] as `_xHHHH_`, the way .NET's XmlConvert encodes names, so it can be read back.
 */
export function fileId(page: string): string {
  return page.replace(/[^A-Za-z0-9.-]/g, (c) => `_x${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

export function pageOfFileId(id: string): string {
  return id.replace(/_x([0-9A-F]{4,6})_/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * XLIFF 2.0 segment states for the units' states: a translation of the current English is
 * `translated`; one whose English changed (needs review) or none yet (new) is `initial`, which
 * import reads as a draft until the translator's tool marks it translated.
 */
const SEGMENT_STATE: Record<Unit['state'], string> = {translated: 'translated', 'needs-review': 'initial', new: 'initial'};

/**
 * XLIFF 2.0, one <file> per page (`id` encoded, `original` the page's path), each segment with
 * its `state`; the state in words, neighbours and suggestions go in notes for the translator.
 */
async function toXliff(units: Unit[], locale: string): Promise<string> {
  const resources: Record<string, Record<string, XliffUnit>> = {};
  const pages = new Set(units.map((u) => u.page));
  for (const u of units) {
    const notes = [`state: ${u.state}`];
    if (u.context.previous) notes.push(`previous: ${u.context.previous}`);
    if (u.context.next) notes.push(`next: ${u.context.next}`);
    for (const s of u.suggestions) notes.push(`suggestion (similarity ${s.similarity}): ${s.target}`);
    (resources[fileId(u.page)] ??= {})[u.id] = {source: u.english, target: u.translation, note: notes};
  }
  const xml = await js2xliff({sourceLanguage: 'en', targetLanguage: locale, resources});
  // The library writes no `original`: each <file> gets its page's path after its id.
  const byId = new Map([...pages].map((page) => [fileId(page), page]));
  const withOriginals = xml.replace(/<file id="([^"]*)">/g, (tag, id: string) =>
    byId.has(id) ? `<file id="${id}" original="${escapeAttribute(byId.get(id) ?? '')}">` : tag,
  );
  // Nor any segment state: each unit's segment says what CAT tools read (see SEGMENT_STATE).
  const stateOf = new Map(units.map((u) => [unitKey(fileId(u.page), u.id), SEGMENT_STATE[u.state]]));
  let file = '';
  const withStates = withOriginals.replace(
    /<file id="([^"]*)"|<unit id="([^"]*)">([\s\S]*?)<segment>/g,
    (match, fileAttr?: string, unit?: string, between?: string) => {
      if (fileAttr !== undefined) {
        file = fileAttr;
        return match;
      }
      return `<unit id="${unit}">${between}<segment state="${stateOf.get(unitKey(file, unit ?? '')) ?? 'initial'}">`;
    },
  );
  return `${withStates}\n`;
}

/** XLIFF 1.2 target states that mean the translation is not finished (needs-review-* and new included). */
const UNFINISHED_12 = /^(new|needs-)/;

async function fromXliff(text: string): Promise<TranslatorFile> {
  const {version, states, originals} = checkXliff(text);
  if (version !== '2.0' && version !== '1.2') throw new UnreadableFile(`XLIFF ${version} is not supported; export XLIFF 2.0 or 1.2`, 1, 1);
  const js = (await (version === '1.2' ? xliff12ToJs(text) : xliff2js(text))) as {
    targetLanguage?: string;
    resources?: Record<string, Record<string, Partial<XliffUnit> | undefined>>;
  };
  const units = Object.entries(js.resources ?? {}).flatMap(([file, entries]) =>
    Object.entries(entries).map(([id, u]) => {
      // 2.0: the page is the file's `original`, else its decoded id; 1.2 keys files by `original` already.
      const page = originals.get(file) ?? (version === '1.2' ? file : pageOfFileId(file));
      // Inline elements (<mrk>, <ph>, <pc>) come back as objects: refused rather than turned into text.
      for (const [part, value] of [['source', u?.source] as const, ['target', u?.target] as const]) {
        if (value !== undefined && typeof value !== 'string') {
          throw new UnreadableFile(
            `unit "${id}" of "${page}": its ${part} holds inline elements (<mrk>, <ph>, <pc>…), which import cannot read yet; keep the text plain`,
          );
        }
      }
      const state = states.get(unitKey(file, id));
      const draft = state && (version === '1.2' ? UNFINISHED_12.test(state) : state === 'initial') ? `state="${state}"` : undefined;
      return {page, id, english: String(u?.source ?? ''), translation: String(u?.target ?? ''), ...(draft ? {draft} : {})};
    }),
  );
  return {locale: js.targetLanguage, units};
}

export const xliffFormat: TranslatorFormat = {name: 'xliff', extensions: ['.xlf', '.xliff'], write: toXliff, read: fromXliff};

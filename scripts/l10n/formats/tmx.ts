import {parseStrictXml, strictXmlParser} from './strictXml';
import {UnreadableFile} from './format';
import {toInline, type Inline} from './inlineCodes';
import {escapeAttribute, escapeText, NOT_XML} from './xmlText';

/** A translation memory entry: one English sentence and its translation, with where it came from. */
export interface TmEntry {
  english: string;
  translation: string;
  /** The page and sentence id it was translated for ('' when unknown). */
  page: string;
  id: string;
  /** ISO date of the translation (the page's ms.date), when known. */
  created?: string;
}

const TOOL = {name: 'bilingual-websocket-docs l10n', version: '1'};

/** TMX dates: 20180215T000000Z. */
const tmxDate = (iso: string) => `${iso.slice(0, 10).replace(/-/g, '')}T${(iso.slice(11, 19) || '00:00:00').replace(/:/g, '')}Z`;
const isoOfTmxDate = (date: string) => {
  const m = /^(\d{4})(\d{2})(\d{2})T/.exec(date);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
};

/** A segment with the Markdown that is not to be translated as TMX codes: `<ph>`, `<bpt>`/`<ept>` around a link's text. */
function seg(text: string): string {
  let next = 1;
  const render = (pieces: readonly Inline[]): string =>
    pieces
      .map((p) => {
        if (typeof p === 'string') return escapeText(p.replace(NOT_XML, ''));
        const x = next++;
        if (p.type === 'ph') return `<ph x="${x}">${escapeText(p.data)}</ph>`;
        return `<bpt i="${x}" x="${x}">${escapeText(p.start)}</bpt>${render(p.content)}<ept i="${x}">${escapeText(p.end)}</ept>`;
      })
      .join('');
  return `<seg>${render(toInline(text))}</seg>`;
}

/**
 * TMX 1.4b: one `<tu>` per English sentence and translation, the English first (`srclang="en"`),
 * its page and sentence id as properties, its date as `creationdate`.
 */
export function writeTmx(entries: readonly TmEntry[], locale: string, now: Date): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header creationtool="${TOOL.name}" creationtoolversion="${TOOL.version}" segtype="sentence" o-tmf="span-pairs" adminlang="en" srclang="en" datatype="markdown" creationdate="${tmxDate(now.toISOString())}"/>`,
    '  <body>',
  ];
  for (const e of entries) {
    lines.push(`    <tu${e.created ? ` creationdate="${tmxDate(e.created)}"` : ''}>`);
    if (e.page) lines.push(`      <prop type="x-page">${escapeText(e.page)}</prop>`);
    if (e.id) lines.push(`      <prop type="x-id">${escapeText(e.id)}</prop>`);
    lines.push(`      <tuv xml:lang="en">${seg(e.english)}</tuv>`, `      <tuv xml:lang="${escapeAttribute(locale)}">${seg(e.translation)}</tuv>`, '    </tu>');
  }
  lines.push('  </body>', '</tmx>', '');
  return lines.join('\n');
}

/** What a TMX file holds: for each `<tu>`, its English and its translations by language tag (as written). */
export interface TmxUnit {
  english?: string;
  translations: Map<string, string>;
  page: string;
  id: string;
  created?: string;
  line: number;
}

/**
 * Reads a TMX file (1.4 and earlier) in one strict pass: not well-formed is refused at its
 * line:column. A segment's codes (`<ph>`, `<bpt>`, `<ept>`, `<it>`) hold the original Markdown and
 * `<hi>`/`<sub>` hold text, so a segment's whole text is the sentence's Markdown.
 */
export function readTmx(text: string): TmxUnit[] {
  const parser = strictXmlParser();
  const units: TmxUnit[] = [];
  let tu: TmxUnit | undefined;
  let lang: string | undefined;
  let prop: string | undefined;
  let propText = '';
  let segText: string | undefined;
  let sawRoot = false;
  parser.on('opentag', ({name, attributes}) => {
    const attribute = (key: string) => (typeof attributes[key] === 'string' ? (attributes[key] as string) : undefined);
    if (!sawRoot) {
      sawRoot = true;
      if (name !== 'tmx') throw new UnreadableFile(`not a TMX file: its root element is <${name}>, not <tmx>`, parser.line, parser.column + 1);
    }
    if (name === 'tu') {
      const created = attribute('creationdate');
      tu = {
        translations: new Map(),
        page: '',
        id: attribute('tuid') ?? '',
        line: parser.line,
        ...(created && isoOfTmxDate(created) ? {created: isoOfTmxDate(created)} : {}),
      };
    } else if (name === 'prop' && tu && !lang) {
      prop = attribute('type');
      propText = '';
    } else if (name === 'tuv' && tu) {
      lang = attribute('xml:lang') ?? attribute('lang');
    } else if (name === 'seg' && lang) {
      segText = '';
    }
  });
  parser.on('text', (chunk) => {
    if (segText !== undefined) segText += chunk;
    else if (prop !== undefined) propText += chunk;
  });
  parser.on('closetag', ({name}) => {
    if (name === 'prop' && tu && prop !== undefined) {
      if (prop === 'x-page') tu.page = propText;
      else if (prop === 'x-id') tu.id = propText;
      prop = undefined;
    } else if (name === 'seg' && tu && lang && segText !== undefined) {
      if (/^en(-|$)/i.test(lang) && tu.english === undefined) tu.english = segText;
      else tu.translations.set(lang, segText);
      segText = undefined;
    } else if (name === 'tuv') {
      lang = undefined;
    } else if (name === 'tu' && tu) {
      units.push(tu);
      tu = undefined;
    }
  });
  parseStrictXml(parser, text);
  if (!sawRoot) throw new UnreadableFile('not a TMX file: it has no <tmx> element', 1, 1);
  return units;
}

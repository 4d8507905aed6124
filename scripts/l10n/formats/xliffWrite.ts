import {termNote} from '../../../src/core/l10n/glossary';
import type {Unit} from '../lib/unitTypes';
import {toInline, type Inline} from './inlineCodes';
import {escapeAttribute, escapeText, NOT_XML, xmlContent as content} from './xmlText';

/**
 * A page path as a `file/@id`, which XLIFF types NMTOKEN (no `/`): every character outside
 * [A-Za-z0-9.-] as `_xHHHH_`, the way .NET's XmlConvert encodes names, so it can be read back.
 */
export function fileId(page: string): string {
  return page.replace(/[^A-Za-z0-9.-]/g, (c) => `_x${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/**
 * A unit id as an NMTOKEN: a UI string's key may hold spaces (`item.label.Translation status`);
 * what NMTOKEN cannot hold, and an underscore that starts `_x`, is written `_xHHHH_`.
 */
export function unitId(id: string): string {
  return id.replace(/[^\p{L}\p{N}._:-]|_(?=x)/gu, (c) => `_x${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** A file or unit id as written (`fileId`, `unitId`) back to the page path or id: every `_xHHHH_` as its character. */
export function decodeXmlName(id: string): string {
  return id.replace(/_x([0-9A-F]{4,6})_/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));
}

/**
 * XLIFF 2.0 segment states for the units' states: a translation of the current English is
 * `translated`, `reviewed` or `final` as the review workflow has it; one whose English changed (needs review) or none yet (new) is `initial`, which
 * import reads as a draft until the translator's tool marks it translated.
 */
const SEGMENT_STATE: Record<Unit['state'], string> = {
  translated: 'translated',
  reviewed: 'reviewed',
  final: 'final',
  'needs-review': 'initial',
  new: 'initial',
};

/** One unit's inline codes: ids and data shared between its source and target, as XLIFF 2.0 wants. */
class UnitCodes {
  readonly data = new Map<string, string>();
  private readonly sourceIds: Array<{key: string; id: string}> = [];
  private nextId = 1;

  private dataRef(text: string): string {
    let ref = this.data.get(text);
    if (!ref) this.data.set(text, (ref = `d${this.data.size + 1}`));
    return ref;
  }

  /** The source's codes get fresh ids; the target's take the id of the same code in the source, once each. */
  render(pieces: readonly Inline[], side: 'source' | 'target', used = new Set<string>()): string {
    return pieces
      .map((piece) => {
        if (typeof piece === 'string') return content(piece);
        const key = piece.type === 'ph' ? piece.data : `${piece.start}\u0000${piece.end}`;
        let id = side === 'target' ? this.sourceIds.find((c) => c.key === key && !used.has(c.id))?.id : undefined;
        if (!id) {
          id = String(this.nextId++);
          if (side === 'source') this.sourceIds.push({key, id});
        }
        used.add(id);
        if (piece.type === 'ph') return `<ph id="${id}" dataRef="${this.dataRef(piece.data)}" disp="${escapeAttribute(piece.data)}"/>`;
        const inner = this.render(piece.content, side, used);
        return `<pc id="${id}" dataRefStart="${this.dataRef(piece.start)}" dataRefEnd="${this.dataRef(piece.end)}">${inner}</pc>`;
      })
      .join('');
  }
}

function unitXml(u: Unit, sourceOnly: boolean): string {
  // The segment's state says a finished one's; the note tells the two kinds of `initial` apart.
  const notes: Array<[string, string]> = !sourceOnly && (u.state === 'needs-review' || u.state === 'new') ? [['state', u.state]] : [];
  if (u.previousEnglish !== undefined) notes.push(['previous-source', u.previousEnglish]);
  if (u.note) notes.push(['description', u.note]);
  for (const t of u.terms) notes.push(['glossary', termNote(t)]);
  for (const s of u.suggestions) notes.push(['suggestion', `(similarity ${s.similarity}) ${s.target}`]);
  const codes = new UnitCodes();
  const source = codes.render(toInline(u.english), 'source');
  const target = sourceOnly ? '' : codes.render(toInline(u.translation), 'target');
  const lines = [`    <unit id="${unitId(u.id)}">`];
  if (notes.length > 0) {
    lines.push('      <notes>');
    for (const [category, text] of notes) lines.push(`        <note category="${category}">${escapeText(text.replace(NOT_XML, ''))}</note>`);
    lines.push('      </notes>');
  }
  if (codes.data.size > 0) {
    lines.push('      <originalData>');
    for (const [text, ref] of codes.data) lines.push(`        <data id="${ref}">${content(text)}</data>`);
    lines.push('      </originalData>');
  }
  lines.push(
    sourceOnly ? '      <segment>' : `      <segment state="${SEGMENT_STATE[u.state]}">`,
    `        <source>${source}</source>`,
    ...(sourceOnly ? [] : [`        <target>${target}</target>`]),
    '      </segment>',
    '    </unit>',
  );
  return lines.join('\n');
}

/**
 * XLIFF 2.0, one <file> per page (`id` encoded, `original` the page's path), each segment with its
 * `state`; Markdown that is not to be translated as inline codes over `<originalData>`; the state
 * in words, the old English of a sentence to review and suggestions as notes by category. The units
 * are in page order, which CAT tools show as context: no neighbours repeated in notes (they tripled
 * the file).
 */
export function toXliff(units: readonly Unit[], locale: string, {sourceOnly = false} = {}): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    // A source-only file names no target language: it is for every locale.
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"${sourceOnly ? '' : ` trgLang="${escapeAttribute(locale)}"`}>`,
  ];
  let page: string | undefined;
  for (const u of units) {
    if (u.page !== page) {
      if (page !== undefined) lines.push('  </file>');
      page = u.page;
      lines.push(`  <file id="${fileId(page)}" original="${escapeAttribute(page)}">`);
    }
    lines.push(unitXml(u, sourceOnly));
  }
  if (page !== undefined) lines.push('  </file>');
  lines.push('</xliff>', '');
  return lines.join('\n');
}

import {createLocator} from '../markdown/position';
import {replaceSegments, type SpanSegment} from '../markdown/spanPairs';

/**
 * What machine translation leaves of Markdown emphasis: a bold emptied of its words (`[建立]\*\*\*\*`,
 * `****`), and markers with spaces inside (`** ATTACHMENT **`), which CommonMark does not read as
 * emphasis, so both show literally on the page. Pure, and linear in the text.
 */
export interface Leftover {
  kind: 'empty-emphasis' | 'spaced-emphasis';
  /** Where it is in the text, and what it is. */
  index: number;
  text: string;
}

/** An emptied bold or strong emphasis: four markers, escaped or not, that are not part of a longer run. */
const EMPTY = /\\\*\\\*\\\*\\\*|\\_\\_\\_\\_|(?<![*\\])\*{4}(?!\*)|(?<![_\\\w])_{4}(?![_\w])/g;

/** Unescaped `**` runs, in order; they pair first with second, third with fourth, as a reader pairs them. */
const MARKER = /(?<![\\*])\*\*(?!\*)/g;

export function mtLeftovers(text: string): Leftover[] {
  if (!text.includes('**') && !text.includes('\\*') && !text.includes('____') && !text.includes('\\_')) return [];
  const found: Leftover[] = [];
  for (const m of text.matchAll(EMPTY)) found.push({kind: 'empty-emphasis', index: m.index, text: m[0]});
  const markers = [...text.matchAll(MARKER)].filter((m) => !found.some((f) => m.index >= f.index && m.index < f.index + f.text.length));
  for (let i = 0; i + 1 < markers.length; i += 2) {
    const open = markers[i];
    const close = markers[i + 1];
    if (!open || !close) continue;
    const inner = text.slice(open.index + 2, close.index);
    if (inner.trim() !== '' && (/^\s/.test(inner) || /\s$/.test(inner))) {
      found.push({kind: 'spaced-emphasis', index: open.index, text: text.slice(open.index, close.index + 2)});
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The text with what is unambiguous repaired: an emptied emphasis dropped (with one of the spaces
 * around it, so no double space is left), spaces moved out of an emphasis's markers.
 */
export function fixMtLeftovers(text: string): string {
  const leftovers = mtLeftovers(text);
  if (leftovers.length === 0) return text;
  let out = '';
  let at = 0;
  for (const {kind, index, text: piece} of leftovers) {
    if (index < at) continue;
    out += text.slice(at, index);
    at = index + piece.length;
    if (kind === 'empty-emphasis') {
      if (/\s$/.test(out) && /^\s/.test(text.slice(at))) at++;
      continue;
    }
    const mark = piece.slice(0, 2);
    const inner = piece.slice(2, -2);
    const lead = inner.length - inner.trimStart().length;
    const trail = inner.length - inner.trimEnd().length;
    out += `${inner.slice(0, lead)}${mark}${inner.trim()}${mark}${inner.slice(inner.length - trail)}`;
  }
  return out + text.slice(at);
}

/** The words a text emphasises (`**Create**`), to name beside a leftover. */
export function emphasised(text: string): string[] {
  return [...text.matchAll(/(\*\*|__)(?!\s)([^*_]+?)(?<!\s)\1/g)].map((m) => m[2] ?? '');
}

/** A translation `fixMtLeftovers` changed, at its line:column in the page. */
export interface LeftoverFix {
  id: string;
  line: number;
  column: number;
  before: string;
  after: string;
}

/**
 * A localized page with what is unambiguous repaired in its translations: only those bytes change.
 * Shared by `check --fix` and `import DIR --fix`.
 */
export function repairLeftovers(text: string, segments: readonly SpanSegment[]): {text: string; fixes: LeftoverFix[]} {
  const repaired = segments.flatMap((s) => {
    const after = fixMtLeftovers(s.target);
    return after === s.target ? [] : [{start: s.targetStart, end: s.targetEnd, segment: s, after}];
  });
  if (repaired.length === 0) return {text, fixes: []};
  const locate = createLocator(text);
  return {
    text: replaceSegments(text, repaired, (r) => r.after),
    fixes: repaired.map(({segment, after}) => ({id: segment.id, ...locate(segment.targetStart), before: segment.target, after})),
  };
}

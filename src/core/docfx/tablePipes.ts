/**
 * DocFX's Markdown engine keeps a `|` inside inline code in the cell it is in
 * (`` | `<quiet|normal|detailed>` | … | ``); GFM ends the cell there unless the pipe is escaped.
 * Pure: finds those pipes line by line, so the site can escape them and the CLI mask them.
 */

const DELIMITER_ROW = /^[ \t>]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const FENCE = /^[ \t>]*(`{3,}|~{3,})/;

/** Offsets of the unescaped pipes inside the code spans of one line, [from, to) of the text. */
function pipesInCode(text: string, from: number, to: number, found: number[]): void {
  let at = from;
  while (at < to) {
    const open = text.indexOf('`', at);
    if (open === -1 || open >= to) return;
    let run = open;
    while (run < to && text.charCodeAt(run) === 96) run++;
    const width = run - open;
    if (open > from && text.charCodeAt(open - 1) === 92) {
      at = run;
      continue;
    }
    // The closing run: the next run of exactly `width` backticks on the line.
    let close = -1;
    for (let next = text.indexOf('`', run); next !== -1 && next < to;) {
      let end = next;
      while (end < to && text.charCodeAt(end) === 96) end++;
      if (end - next === width) {
        close = next;
        break;
      }
      next = text.indexOf('`', end);
    }
    if (close === -1) {
      at = run;
      continue;
    }
    for (let p = text.indexOf('|', run); p !== -1 && p < close; p = text.indexOf('|', p + 1)) {
      if (text.charCodeAt(p - 1) !== 92) found.push(p);
    }
    at = close + width;
  }
}

/** Offsets of the pipes GFM would split a table cell at but DocFX keeps inside inline code, in order. */
export function tableCodePipes(text: string): number[] {
  if (!text.includes('|') || !text.includes('`')) return [];
  const found: number[] = [];
  const lines: Array<[number, number]> = [];
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push([start, end]);
    start = end + 1;
  }
  let fence: string | undefined;
  let inTable = false;
  lines.forEach(([start, end], i) => {
    const line = text.slice(start, end);
    const marker = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      return;
    }
    if (marker !== undefined) {
      fence = marker;
      inTable = false;
      return;
    }
    const next = lines[i + 1];
    const headsTable =
      next !== undefined && line.includes('|') && DELIMITER_ROW.test(text.slice(next[0], next[1])) && text.slice(next[0], next[1]).includes('-');
    if (headsTable) inTable = true;
    else if (!line.includes('|') || line.trim() === '') inTable = false;
    if (inTable) pipesInCode(text, start, end, found);
  });
  return found;
}

/** The text with each of those pipes replaced by `replacement`. */
function replacePipes(text: string, replacement: string): string {
  const pipes = tableCodePipes(text);
  if (pipes.length === 0) return text;
  let out = '';
  let at = 0;
  for (const p of pipes) {
    out += text.slice(at, p) + replacement;
    at = p + 1;
  }
  return out + text.slice(at);
}

/** The text with those pipes escaped (`\|`), which GFM keeps in the cell and shows as `|` in the code. */
export const escapeTableCodePipes = (text: string): string => replacePipes(text, '\\|');

/**
 * The text with those pipes replaced by a character of the same length that splits nothing, for
 * locating blocks: every offset stays the page's own.
 */
export const maskTableCodePipes = (text: string): string => replacePipes(text, '\u00a6');

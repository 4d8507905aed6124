import {lastAtOrBefore} from '../markdown/position';
import {looksLikeMonikerFence} from './moniker';

/**
 * DocFX triple-colon blocks: `:::image type="content" source="a.png" alt-text="…":::`, `:::row:::`
 * `:::column span="2":::` … `:::column-end:::` `:::row-end:::`, `::: zone pivot="…"` … `::: zone-end`,
 * and `:::image type="complex" …:::` … `:::image-end:::` (an image with a long description).
 * Pure: markers are read from lines, and the blocks' content is dedented for a CommonMark parser.
 */
export interface TripleColonMarker {
  name: string;
  attributes: Record<string, string>;
}

const MARKER = /^:::\s*([a-z][\w-]*)((?:\s+[\w-]+\s*=\s*"[^"]*")*)\s*(?::::)?$/i;
const ATTRIBUTE = /([\w-]+)\s*=\s*"([^"]*)"/g;

/** A triple-colon marker line (its content, indentation and quote marks removed), or undefined. Moniker fences are read elsewhere. */
export function parseTripleColon(line: string): TripleColonMarker | undefined {
  const m = MARKER.exec(line.trim());
  if (!m || /^moniker/i.test(m[1] ?? '')) return undefined;
  const attributes: Record<string, string> = {};
  for (const [, key = '', value = ''] of (m[2] ?? '').matchAll(ATTRIBUTE)) attributes[key.toLowerCase()] = value;
  return {name: (m[1] ?? '').toLowerCase(), attributes};
}

/** Whether a marker opens a block closed by `<name>-end`. */
export function opensBlock(marker: TripleColonMarker): boolean {
  return ['row', 'column', 'zone'].includes(marker.name) || (marker.name === 'image' && marker.attributes.type === 'complex');
}

export interface Dedented {
  text: string;
  /** The offset in the original text of an offset in `text`. */
  toOriginal(offset: number): number;
}

/**
 * DocFX indents the content of rows and columns (`        ### Title` under `    :::column:::`); to
 * CommonMark that is code. The text with the lines of each block brought back to the indentation
 * of its outermost marker (which keeps its place in a list item), content by its block's first
 * content line's indentation, and a map back to the original offsets; undefined when the text has
 * no block, which is most pages.
 */
export function dedentTripleColon(text: string): Dedented | undefined {
  if (!text.includes(':::')) return undefined;
  const lines = text.split('\n');
  // The open blocks, each with the indentation of its first content line once seen; `base` is the outermost marker's.
  const stack: Array<{indent?: number}> = [];
  let base = 0;
  const removed: number[] = [];
  let any = false;
  let fence: string | undefined;
  const cut = (i: number, line: string, count: number) => {
    removed[i] = count;
    any ||= count > 0;
    return line.slice(count);
  };
  const out = lines.map((line, i) => {
    const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    const content = line.slice(indent);
    const fenceMark = /^(`{3,}|~{3,})/.exec(content)?.[1];
    const marker = fence === undefined ? parseTripleColon(content) : undefined;
    if (marker && (stack.length > 0 || opensBlock(marker))) {
      if (stack.length === 0) base = indent;
      if (opensBlock(marker)) stack.push({});
      else if (marker.name.endsWith('-end')) stack.pop();
      return cut(i, line, Math.max(0, indent - base));
    }
    if (fenceMark) fence = fence === undefined ? fenceMark : content.startsWith(fence) ? undefined : fence;
    const top = stack.at(-1);
    if (!top || content === '') {
      removed[i] = 0;
      return line;
    }
    top.indent ??= indent;
    return cut(i, line, Math.min(indent, Math.max(0, top.indent - base)));
  });
  if (!any) return undefined;
  // Per line: where it starts in the new text, and how much was removed before it (its own cut included).
  const starts: number[] = [];
  const before: number[] = [];
  let at = 0;
  let total = 0;
  out.forEach((line, i) => {
    total += removed[i] ?? 0;
    starts.push(at);
    before.push(total);
    at += line.length + 1;
  });
  return {
    text: out.join('\n'),
    toOriginal: (offset) => offset + (before[lastAtOrBefore(starts, offset)] ?? 0),
  };
}

const MARKER_COMMENT = /^<!--docfx (\S*)-->$/;

/**
 * Each marker line of a page (moniker fences too) as an HTML comment that holds it
 * (`<!--docfx %3A%3A%3Arow%3A%3A%3A-->`): DocFX reads these lines as lines, and a comment line is a
 * block of its own in CommonMark that interrupts a paragraph, so a marker written right after a
 * paragraph, a list item or a quote never merges into it as a lazy continuation; the line count
 * stays the same. Lines in fenced code are left alone.
 */
export function markTripleColon(text: string): string {
  if (!text.includes(':::')) return text;
  let fence: string | undefined;
  return text
    .split('\n')
    .map((line) => {
      const prefix = /^[ \t>]*/.exec(line)?.[0] ?? '';
      const content = line.slice(prefix.length);
      const fenceMark = /^(`{3,}|~{3,})/.exec(content)?.[1];
      if (fenceMark) fence = fence === undefined ? fenceMark : content.startsWith(fence) ? undefined : fence;
      if (fence !== undefined || !(parseTripleColon(content) || looksLikeMonikerFence(content))) return line;
      return `${prefix}<!--docfx ${encodeURIComponent(content.trim())}-->`;
    })
    .join('\n');
}

/** The line an HTML node made by markTripleColon holds, or undefined. */
export function lineOfComment(html: string): string | undefined {
  const encoded = MARKER_COMMENT.exec(html.trim())?.[1];
  return encoded === undefined ? undefined : decodeURIComponent(encoded);
}

/** The marker an HTML node made by markTripleColon holds, or undefined (a moniker fence is read by the moniker plugin). */
export function markerOfComment(html: string): TripleColonMarker | undefined {
  const line = lineOfComment(html);
  return line === undefined ? undefined : parseTripleColon(line);
}

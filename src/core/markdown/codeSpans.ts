/**
 * Code spans of one inline block, found from its backtick runs alone: an opening run of n
 * backticks ends at the next run of exactly n (CommonMark 6.1). That equals a full inline parse
 * unless some other construct could claim a backtick first (an escape, raw HTML or an autolink,
 * a link destination) or an image's alt text holds one (mdast keeps no code nodes there); in
 * those cases this returns undefined and the caller parses properly.
 */
export function codeSpanRanges(text: string, from: number, to: number): Array<[number, number]> | undefined {
  const runs: Array<[number, number]> = [];
  for (let at = text.indexOf('`', from); at !== -1 && at < to; at = text.indexOf('`', at)) {
    let end = at;
    while (end < to && text.charCodeAt(end) === 96) end++;
    runs.push([at, end]);
    at = end;
  }
  if (runs.length === 0) return [];
  if (runs.some(([start]) => start > from && text.charCodeAt(start - 1) === 92)) return undefined;
  const slice = text.slice(from, to);
  if (slice.includes('![')) return undefined;
  for (const claimed of [/<[^<>]*>/g, /\]\([^)]*\)?/g]) {
    for (const m of slice.matchAll(claimed)) {
      const a = from + m.index;
      const b = a + m[0].length;
      if (runs.some(([start]) => start > a && start < b)) return undefined;
    }
  }
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < runs.length; i++) {
    const [start = 0, end = 0] = runs[i] ?? [];
    const close = runs.findIndex(([a, b], j) => j > i && b - a === end - start);
    const closing = runs[close];
    if (!closing) continue;
    ranges.push([start, closing[1]]);
    i = close;
  }
  return ranges;
}

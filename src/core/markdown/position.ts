/** Maps string offsets to 1-based line:column, the way editors and unist count them. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** The index of the last of the ascending `starts` at or before `value` (0 when none is). */
export function lastAtOrBefore(starts: readonly number[], value: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function createLocator(text: string): (offset: number) => Point {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  }
  return (offset) => {
    const line = lastAtOrBefore(lineStarts, offset);
    return {line: line + 1, column: offset - (lineStarts[line] ?? 0) + 1, offset};
  };
}

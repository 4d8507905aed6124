/** Maps string offsets to 1-based line:column, the way editors and unist count them. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export function createLocator(text: string): (offset: number) => Point {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return {line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1, offset};
  };
}

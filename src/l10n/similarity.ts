/** Words of an English sentence, without Markdown punctuation and URLs, lowercased. */
export function words(text: string): string[] {
  return text
    .replace(/\]\([^)]*\)/g, ']')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Dice coefficient of the two sentences' word multisets: 1 for the same words, 0 for none shared. */
export function similarity(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (left.length === 0 && right.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of left) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of right) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return Math.round(((2 * shared) / (left.length + right.length)) * 1000) / 1000;
}

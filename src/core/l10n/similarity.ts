/** Words of an English sentence, without Markdown punctuation and URLs, lowercased. */
export function words(text: string): string[] {
  return (
    text
      .replace(/\]\([^)]*\)/g, ']')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*/gu) ?? []
  );
}

/** Dice coefficient of the two sentences' word multisets: 1 for the same words, 0 for none shared. */
export function similarity(a: string, b: string): number {
  return sortedWordSimilarity(sortedWords(a), sortedWords(b));
}

/** The words of a sentence, sorted, for comparing many pairs without recounting. */
export function sortedWords(text: string): string[] {
  return words(text).sort();
}

/** The same coefficient on sorted word lists: one merge pass, no allocation. */
export function sortedWordSimilarity(left: readonly string[], right: readonly string[]): number {
  if (left.length === 0 && right.length === 0) return 1;
  let shared = 0;
  for (let i = 0, j = 0; i < left.length && j < right.length;) {
    const a = left[i] ?? '';
    const b = right[j] ?? '';
    if (a === b) {
      shared++;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return Math.round(((2 * shared) / (left.length + right.length)) * 1000) / 1000;
}

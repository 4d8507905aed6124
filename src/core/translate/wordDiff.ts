export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Above this many words on either side the diff is not computed (its table grows with the product). */
export const MAX_DIFF_WORDS = 400;

const words = (text: string) => text.match(/\s+|[^\s]+/g) ?? [];

/**
 * What changed from `before` to `after`, word by word (longest common subsequence). Bounded: at
 * most MAX_DIFF_WORDS² steps; longer texts come back as one removal and one addition.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = words(before);
  const b = words(after);
  if (a.length > MAX_DIFF_WORDS || b.length > MAX_DIFF_WORDS) {
    return [...(before ? [{kind: 'removed' as const, text: before}] : []), ...(after ? [{kind: 'added' as const, text: after}] : [])];
  }
  // lengths[i * width + j]: the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lengths = new Uint16Array((a.length + 1) * width);
  const at = (i: number, j: number) => lengths[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lengths[i * width + j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text = '') => {
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else parts.push({kind, text});
  };
  let i = 0;
  let j = 0;
  // Each step takes a word from a, from b, or from both: the loop ends after at most a + b steps.
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push('same', a[i]);
      i++;
      j++;
    } else if (j < b.length && (i === a.length || at(i, j + 1) >= at(i + 1, j))) push('added', b[j++]);
    else push('removed', a[i++]);
  }
  return parts;
}

import {CJK_CHARACTER, isCjkTerm, searchTerms} from './searchTerms';

export interface TextPart {
  text: string;
  mark: boolean;
}

// One Chinese or Japanese character, or a run of letters and digits.
const TOKEN = new RegExp(`${CJK_CHARACTER}|[\\p{L}\\p{N}]+`, 'gu');

/**
 * Cuts a sentence into marked and unmarked parts: a Latin word is marked when one of its terms
 * (whole or an identifier part) matched, two Chinese or Japanese characters when their pair did.
 */
export function highlight(text: string, terms: readonly string[]): TextPart[] {
  const wanted = new Set(terms);
  const marked = new Array<boolean>(text.length).fill(false);
  const tokens = [...text.matchAll(TOKEN)];
  tokens.forEach((token, i) => {
    const start = token.index;
    const end = start + token[0].length;
    if (!isCjkTerm(token[0])) {
      if (searchTerms(token[0]).some((term) => wanted.has(term))) marked.fill(true, start, end);
      return;
    }
    const next = tokens[i + 1];
    if (next && next.index === end && isCjkTerm(next[0]) && wanted.has(searchTerms(token[0] + next[0])[0] ?? '')) {
      marked.fill(true, start, end + next[0].length);
    } else if (wanted.has(searchTerms(token[0])[0] ?? '')) {
      marked.fill(true, start, end);
    }
  });
  const parts: TextPart[] = [];
  marked.forEach((mark, i) => {
    const last = parts.at(-1);
    if (last?.mark === mark) last.text += text.charAt(i);
    else parts.push({text: text.charAt(i), mark});
  });
  return parts;
}

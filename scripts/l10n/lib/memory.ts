import {normalizeEnglish} from '../../../src/l10n/englishSentences';
import {similarity} from '../../../src/l10n/similarity';

/** A translation whose English left its page: kept for good, reused when the English comes back. */
export interface MemoryEntry {
  source: string;
  target: string;
  page: string;
  id: string;
}

export const memoryPath = (locale: string) => `i18n/${locale}/l10n-memory.json`;

/** Adds entries not already remembered (same English and translation), in a stable order. */
export function addToMemory(memory: readonly MemoryEntry[], entries: readonly MemoryEntry[]): MemoryEntry[] {
  const key = (e: MemoryEntry) => `${normalizeEnglish(e.source)}\u0000${e.target}`;
  const seen = new Set(memory.map(key));
  const added = entries.filter((e) => !seen.has(key(e)) && (seen.add(key(e)), true));
  return [...memory, ...added].sort((a, b) => a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
}

export interface Suggestion {
  target: string;
  source: string;
  similarity: number;
}

/** The best earlier translations of similar English, most similar first. */
export function suggestionsFor(english: string, memory: readonly MemoryEntry[], limit = 3, threshold = 0.5): Suggestion[] {
  return memory
    .map((m) => ({target: m.target, source: m.source, similarity: similarity(english, m.source)}))
    .filter((s) => s.similarity >= threshold)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, limit);
}

export function parseMemory(text: string | undefined): MemoryEntry[] {
  return text ? (JSON.parse(text) as MemoryEntry[]) : [];
}

export function serializeMemory(memory: readonly MemoryEntry[]): string {
  return `${JSON.stringify(memory, null, 2)}\n`;
}

import {normalizeEnglish} from './englishSentences';
import {similarity} from './similarity';

/** A translation whose English left its page: kept for good, reused when the English comes back. */
export interface MemoryEntry {
  source: string;
  target: string;
  page: string;
  id: string;
}

const bySourceThenTarget = (a: MemoryEntry, b: MemoryEntry) => a.source.localeCompare(b.source) || a.target.localeCompare(b.target);

/**
 * A locale's translation memory while sync runs through its pages: entries are indexed by their
 * English as they come, so each page costs the same however large the memory has grown.
 */
export class TranslationMemory {
  private readonly entries: MemoryEntry[] = [];
  private readonly keys = new Set<string>();
  private readonly bySource = new Map<string, MemoryEntry>();

  constructor(entries: readonly MemoryEntry[] = []) {
    this.add(entries);
  }

  get size(): number {
    return this.entries.length;
  }

  /** Adds the entries not already remembered (same English and translation); returns how many were new. */
  add(entries: readonly MemoryEntry[]): number {
    let added = 0;
    for (const entry of entries) {
      const source = normalizeEnglish(entry.source);
      const key = `${source}\u0000${entry.target}`;
      if (this.keys.has(key)) continue;
      this.keys.add(key);
      this.entries.push(entry);
      added++;
      // Of translations of the same English, the one last in the file's order is reused.
      const known = this.bySource.get(source);
      if (!known || bySourceThenTarget(entry, known) > 0) this.bySource.set(source, entry);
    }
    return added;
  }

  /** The remembered translation of this English, if any. */
  find(english: string): MemoryEntry | undefined {
    return this.bySource.get(normalizeEnglish(english));
  }

  /** Every entry, in the stable order the memory file keeps. */
  toArray(): MemoryEntry[] {
    return [...this.entries].sort(bySourceThenTarget);
  }
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

import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {englishSentences} from '../../../src/core/l10n/englishSentences';
import {readSeed} from '../../../src/core/markdown/__tests__/seeds';
import {readLocalizedDoc, type LocalizedDoc} from '../../../src/core/l10n/localizedDoc';
import {TranslationMemory} from '../../../src/core/l10n/memory';
import {syncPage} from '../lib/sync';
import {renderEnglishPage} from '../lib/englishPage';

const zh = readSeed('seed-zh-TW-websockets.md');
const english = renderEnglishPage(readLocalizedDoc('pt', readSeed('seed-pt-BR-websockets.md')));
const sentences = englishSentences(english);

/** The current English with some sentences removed and others reworded. */
function mutate(drop: Set<number>, reword: Set<number>): string {
  let text = english;
  [...sentences.keys()].reverse().forEach((i) => {
    const {start = 0, end = 0} = sentences[i] ?? {};
    if (drop.has(i)) text = text.slice(0, start) + text.slice(end);
    else if (reword.has(i)) text = `${text.slice(0, start)}${text.slice(start, end)} (revised)${text.slice(end)}`;
  });
  return text;
}

const syncTo = (doc: LocalizedDoc, englishText: string, memory: TranslationMemory) => syncPage(doc, englishText, englishSentences(englishText), memory);

describe('sync never loses a translation', () => {
  it('every earlier translation is on the page or in the memory, whatever the English became', () => {
    const translations = readLocalizedDoc('zh', zh).segments.map((s) => s.target);
    const index = fc.nat(sentences.length - 1);
    fc.assert(
      fc.property(fc.uniqueArray(index, {maxLength: 30}), fc.uniqueArray(index, {maxLength: 30}), (dropped, reworded) => {
        const memory = new TranslationMemory();
        const result = syncTo(readLocalizedDoc('zh.md', zh), mutate(new Set(dropped), new Set(reworded)), memory);
        const remembered = memory.toArray();
        // Link URLs are the English's, not the translator's: sync may update them.
        const words = (t: string) => t.replace(/\]\([^)]*\)/g, ']');
        const kept = new Set(
          [
            ...readLocalizedDoc('zh.md', result.text)
              .segments.filter((s) => s.state !== 'untranslated')
              .map((s) => s.target),
            ...remembered.map((m) => m.target),
          ].map(words),
        );
        const lost = translations.filter((t) => !kept.has(words(t)));
        expect(lost).toEqual([]);
        // And a second sync on the result changes nothing.
        const again = syncTo(readLocalizedDoc('zh.md', result.text), mutate(new Set(dropped), new Set(reworded)), memory);
        expect(again.text).toBe(result.text);
        expect(memory.toArray()).toEqual(remembered);
      }),
      {numRuns: 40},
    );
  });
});

import {describe, expect, it} from 'vitest';
import {TranslationMemory, type MemoryEntry} from '../memory';

const entry = (source: string, target: string): MemoryEntry => ({source, target, page: 'p.md', id: 'k-1'});

describe('TranslationMemory', () => {
  it('keeps one entry per English and translation, with English compared across whitespace', () => {
    const memory = new TranslationMemory([entry('Hello  world.', '你好')]);
    expect(memory.add([entry('Hello world.', '你好'), entry('Hello world.', '哈囉'), entry('Bye.', '再見')])).toBe(2);
    expect(memory.size).toBe(3);
  });

  it('finds a translation by its English, the last one in file order when there are several', () => {
    const memory = new TranslationMemory([entry('Hello world.', '哈囉'), entry('Hello world.', '你好')]);
    const last = memory.toArray().at(-1)!;
    expect(memory.find('Hello\nworld.')).toEqual(last);
    expect(memory.find('Other.')).toBeUndefined();
  });

  it('lists entries sorted by English, then translation', () => {
    const memory = new TranslationMemory([entry('b', '2'), entry('a', '9'), entry('b', '1')]);
    expect(memory.toArray().map((m) => `${m.source}${m.target}`)).toEqual(['a9', 'b1', 'b2']);
  });
});

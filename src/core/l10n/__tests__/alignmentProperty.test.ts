import fc from 'fast-check';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {startTsWorker} from '../../../project/tsWorker';
import {renderPair} from '../../markdown/spanPairs';

/**
 * Hostile and repetitive pages: few distinct sentences, repeated; a no-loc name at their start that
 * the translation tool keeps outside the pair; inline code; pairs of an image alone, empty pairs and
 * pairs of one piece of a sentence. The localized page is the English page's pairs after random edits.
 */
const SENTENCES = [
  'SignalR provides an API.',
  'SignalR is here.',
  'Use `HubConnection` to connect.',
  'Call `StartAsync` first.',
  'The hub sends messages to clients.',
  'The hub sends messages.',
  'Blazor apps run in the browser.',
  'Next.',
];
const NO_LOC = ['SignalR', 'Blazor'];

type Edit = 'keep' | 'drop' | 'twice' | 'split' | 'noLocOutside' | 'image' | 'empty' | 'other';

const page = fc.array(fc.array(fc.nat(SENTENCES.length - 1), {minLength: 1, maxLength: 6}), {minLength: 1, maxLength: 12});
const edits = fc.array(fc.constantFrom<Edit>('keep', 'drop', 'twice', 'split', 'noLocOutside', 'image', 'empty', 'other'), {minLength: 80, maxLength: 80});

function makeCase(paragraphs: number[][], edit: Edit[], other: number): {english: string; localized: string} {
  const english = `---\nno-loc:\n${NO_LOC.map((n) => `- ${n}`).join('\n')}\n---\n\n${paragraphs.map((p) => p.map((i) => SENTENCES[i]).join(' ')).join('\n\n')}\n`;
  let id = 100;
  const pair = (source: string) => renderPair(`k-${id++}`, `譯：${source}`, source);
  let n = 0;
  const localized = paragraphs
    .map((p) =>
      p
        .map((i) => {
          const source = SENTENCES[i] ?? '';
          const words = source.split(' ');
          switch (edit[n++ % edit.length]) {
            case 'drop':
              return '';
            case 'twice':
              return `${pair(source)} ${pair(source)}`;
            case 'split':
              return `${pair(words.slice(0, 2).join(' '))} ${pair(words.slice(2).join(' '))}`;
            case 'noLocOutside':
              return NO_LOC.includes(words[0] ?? '') ? `${words[0]}${pair(words.slice(1).join(' '))}` : pair(source);
            case 'image':
              return `${pair('![A picture](media/a.png)')} ${pair(source)}`;
            case 'empty':
              return `${pair('')}${pair(source)}`;
            case 'other':
              return pair(SENTENCES[(i + other) % SENTENCES.length] ?? '');
            default:
              return pair(source);
          }
        })
        .join(' '),
    )
    .join('\n\n');
  return {english, localized};
}

interface Result {
  index: number;
  sentences: Array<[number, number]>;
  segments: number;
  units: Array<{start: number; end: number; english: string; segment: number}>;
  obsolete: number[];
}

/** Runs the cases in a worker; rejects naming the case that did not finish within the deadline. */
function alignInWorker(cases: Array<{english: string; localized: string}>, deadlineMs: number): Promise<Result[]> {
  const worker = startTsWorker(join(__dirname, 'alignmentWorker.ts'), cases);
  const results: Result[] = [];
  let current = -1;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`alignment did not finish case ${current} within ${deadlineMs} ms:\n${JSON.stringify(cases[current])}`));
    }, deadlineMs);
    worker.on('message', (m: Result | {started: number}) => {
      if ('started' in m) current = m.started;
      else results.push(m);
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.on('exit', () => {
      clearTimeout(timer);
      resolve(results);
    });
  });
}

describe('alignment on hostile, repetitive pages', () => {
  it('ends on every page, takes each pair at most once and keeps units in page order within sentences', async () => {
    const cases = fc
      .sample(fc.tuple(page, edits, fc.integer({min: 1, max: SENTENCES.length - 1})), {numRuns: 300, seed: 24})
      .map(([p, e, o]) => makeCase(p, e, o));
    // A deadline far above the few seconds all cases take: only a loop that does not end reaches it.
    const results = await alignInWorker(cases, 60_000);
    expect(results).toHaveLength(cases.length);
    for (const {index, sentences, segments, units, obsolete} of results) {
      const context = JSON.stringify(cases[index]);
      const taken = units.map((u) => u.segment).filter((s) => s >= 0);
      expect(new Set([...taken, ...obsolete]).size, context).toBe(taken.length + obsolete.length);
      expect(Math.max(-1, ...taken, ...obsolete), context).toBeLessThan(segments);
      units.forEach((unit, i) => {
        expect(unit.end, context).toBeGreaterThan(unit.start);
        if (i > 0) expect(unit.start, context).toBeGreaterThanOrEqual(units[i - 1]?.end ?? 0);
        expect(sentences.some(([a, b]) => unit.start >= a && unit.end <= b) || sentences.some(([a]) => a === unit.start), context).toBe(true);
      });
    }
  });
});

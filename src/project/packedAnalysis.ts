import type {EnglishSentence} from '../core/l10n/englishSentences';
import type {SpanSegment} from '../core/markdown/spanPairs';
import type {LocalizedAnalysis} from '../core/l10n/localizedDoc';
import type {PageAnalysis} from './pageAnalysis';

/**
 * Analyses as they cross between threads: offsets in typed arrays, strings sliced back out of the
 * page text, which the receiving side holds anyway. Copying segment strings would double the data.
 */
export type PackedLocalized = Omit<LocalizedAnalysis, 'segments'> & {ids: string[]; states: Array<string | null>; offsets: Int32Array};

const FIELDS = ['start', 'end', 'targetStart', 'targetEnd', 'sourceStart', 'sourceEnd'] as const;

function packLocalized({segments, ...rest}: LocalizedAnalysis): PackedLocalized {
  const offsets = new Int32Array(segments.length * FIELDS.length);
  segments.forEach((s, i) => FIELDS.forEach((field, j) => (offsets[i * FIELDS.length + j] = s[field])));
  return {...rest, ids: segments.map((s) => s.id), states: segments.map((s) => s.state ?? null), offsets};
}

function unpackLocalized(text: string, {ids, states, offsets, ...rest}: PackedLocalized): LocalizedAnalysis {
  const segments = ids.map((id, i): SpanSegment => {
    const [start = 0, end = 0, targetStart = 0, targetEnd = 0, sourceStart = 0, sourceEnd = 0] = offsets.subarray(i * FIELDS.length, (i + 1) * FIELDS.length);
    const segment: SpanSegment = {
      id,
      start,
      end,
      targetStart,
      targetEnd,
      sourceStart,
      sourceEnd,
      target: text.slice(targetStart, targetEnd),
      source: text.slice(sourceStart, sourceEnd),
    };
    const state = states[i];
    if (state !== null && state !== undefined) segment.state = state;
    return segment;
  });
  return {...rest, segments};
}

const packSentences = (sentences: EnglishSentence[]): Int32Array => Int32Array.from(sentences.flatMap((s) => [s.start, s.end, s.block]));

function unpackSentences(text: string, packed: Int32Array): EnglishSentence[] {
  const sentences: EnglishSentence[] = [];
  for (let i = 0; i + 2 < packed.length; i += 3) {
    const [start = 0, end = 0, block = 0] = packed.subarray(i, i + 3);
    sentences.push({start, end, text: text.slice(start, end), block});
  }
  return sentences;
}

export type PackedPage = PageAnalysis<PackedLocalized, Int32Array>;

/** A page's analysis as a message, with the typed arrays' buffers to transfer rather than copy. */
export function packPage({english, sentences, localized}: PageAnalysis): {page: PackedPage; transfer: ArrayBuffer[]} {
  const page: PackedPage = {
    english,
    sentences: packSentences(sentences),
    localized: localized.map(({analysis, ...copy}) => ({...copy, analysis: packLocalized(analysis)})),
  };
  const transfer = [page.sentences, ...page.localized.map((c) => c.analysis.offsets)].map((a) => a.buffer as ArrayBuffer);
  return {page, transfer};
}

export function unpackPage({english, sentences, localized}: PackedPage): PageAnalysis {
  return {
    english,
    sentences: unpackSentences(english, sentences),
    localized: localized.map(({analysis, ...copy}) => ({...copy, analysis: unpackLocalized(copy.text, analysis)})),
  };
}

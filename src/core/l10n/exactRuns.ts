import {splitFrontMatter} from '../markdown/frontMatter';
import {IMAGE} from '../markdown/image';
import {UNTRANSLATED, type SpanSegment} from '../markdown/spanPairs';
import type {AlignedUnit} from './alignedUnit';
import {normalizeEnglish, type EnglishSentence} from './englishSentences';

/** The longest run of sentences one old segment may cover. */
const MAX_RUN = 4;

interface SentenceKeys {
  keys: string[];
  joins: Array<string | undefined>;
}

const keysBySentences = new WeakMap<readonly EnglishSentence[], SentenceKeys>();

/**
 * Each sentence's comparison key and what joins it to the next one ('' or ' ', undefined when
 * syntax lies between them), so a run's key is built without normalizing the page again. Kept
 * per sentence list: every locale of a page is aligned with the same list.
 */
function sentenceKeys(englishText: string, sentences: readonly EnglishSentence[]): SentenceKeys {
  let found = keysBySentences.get(sentences);
  if (!found) {
    found = {
      keys: sentences.map((s) => normalizeEnglish(s.text)),
      joins: sentences.map((s, i) => {
        const next = sentences[i + 1];
        const gap = next ? englishText.slice(s.end, next.start) : '';
        return gap === '' ? '' : /^\s+$/.test(gap) ? ' ' : undefined;
      }),
    };
    keysBySentences.set(sentences, found);
  }
  return found;
}

/** A page's segments by their English, taken one at a time in page order. */
class SegmentsByEnglish {
  private readonly available = new Map<string, SpanSegment[]>();
  /** The lengths of the keys: most runs of sentences match no segment, and comparing lengths first avoids building their keys. */
  readonly lengths: Set<number>;
  private sortedKeys: string[] | undefined;

  constructor(segments: readonly SpanSegment[]) {
    for (const segment of segments) {
      // Sentences never hold images (they are skipped as untranslated), but a pair may: key it without them.
      const key = normalizeEnglish(segment.source.includes('![') ? segment.source.replace(IMAGE, ' ') : segment.source);
      const list = this.available.get(key);
      if (list) list.push(segment);
      else this.available.set(key, [segment]);
    }
    this.lengths = new Set([...this.available.keys()].map((key) => key.length));
  }

  /**
   * The non-empty English keys still available, longest first: candidates to cover a sentence piece
   * by piece. Sorted once per page; an empty key (an image-only or empty pair) covers nothing.
   */
  keysByLength(): string[] {
    this.sortedKeys ??= [...this.available.keys()].filter((key) => key.length > 0).sort((a, b) => b.length - a.length);
    return this.sortedKeys.filter((key) => this.available.has(key));
  }

  take(key: string): SpanSegment | undefined {
    const list = this.available.get(key);
    const found = list?.shift();
    if (list && list.length === 0) this.available.delete(key);
    return found;
  }

  /** What no sentence took, in page order of first appearance of each English. */
  left(): SpanSegment[] {
    return [...this.available.values()].flat();
  }
}

/** The comparison key of sentences i..k as one run, or undefined when no segment's English has its length. */
function runKey(
  englishText: string,
  sentences: readonly EnglishSentence[],
  {keys, joins}: SentenceKeys,
  i: number,
  k: number,
  lengths: ReadonlySet<number>,
): string | undefined {
  let length = keys[i]?.length ?? 0;
  for (let j = i; j < k && length >= 0; j++) {
    const join = joins[j];
    length = join === undefined ? -1 : length + join.length + (keys[j + 1]?.length ?? 0);
  }
  if (length >= 0 && !lengths.has(length)) return undefined;
  const first = sentences[i];
  const last = sentences[k];
  if (length < 0 && first && last) return normalizeEnglish(englishText.slice(first.start, last.end));
  let key = keys[i] ?? '';
  for (let j = i; j < k; j++) key += (joins[j] ?? '') + (keys[j + 1] ?? '');
  return key;
}

/**
 * A whole sentence that is one link (DocFX tab headings, package links; inline or by reference,
 * `[HTTPS][WikiHttps]`) or one emphasis (`**Discoverability**` in a table): its text is group 2.
 */
const WRAPPED = /^(\[)([^[\]]+)\](?:\([^()\s]*\)|\[[^[\]]*\])$|^(\*{1,3}|_{1,3})([^*_][^*]*?)\3$/;

/**
 * A sentence that is nothing but a link or an emphasis, `[Fluent API](#tab/fluent-api)`, whose
 * translation sits inside it: the unit is that text, so sync rewrites it and keeps the syntax around it.
 */
function insideLink(sentence: EnglishSentence, available: SegmentsByEnglish): AlignedUnit | undefined {
  const m = WRAPPED.exec(sentence.text);
  const text = m?.[2] ?? m?.[4];
  const segment = text === undefined ? undefined : available.take(normalizeEnglish(text));
  if (text === undefined || !segment) return undefined;
  const start = sentence.start + (m?.[1] ?? m?.[3] ?? '').length;
  return {start, end: start + text.length, english: text, state: segment.state === UNTRANSLATED ? 'untranslated' : 'translated', segment};
}

/** The terms the page's front matter keeps in English (`no-loc:`), read only when a sentence needs them. */
function noLocTerms(englishText: string): ReadonlySet<string> {
  const terms = splitFrontMatter(englishText).data['no-loc'];
  return new Set((Array.isArray(terms) ? terms : []).filter((t): t is string => typeof t === 'string'));
}

/** Offsets in `raw` of each position of normalizeEnglish(raw), and of its end. */
function normalizedOffsets(raw: string): number[] {
  const offsets: number[] = [];
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  for (let i = 0; i < body.length; i++) {
    if (/\s/.test(body.charAt(i)) && /\s/.test(body.charAt(i - 1))) continue;
    offsets.push(lead + i);
  }
  offsets.push(lead + body.length);
  return offsets;
}

/**
 * A sentence the translation tool split in two (`"Hello from main pipeline." is written…`):
 * consecutive segments whose English, one after the other, is the sentence, with what the tool
 * keeps outside pairs between them. Each becomes a unit of its own, so the pairs stay as the tool made them.
 */
function piecewise(sentence: EnglishSentence, available: SegmentsByEnglish, keptTerms: () => ReadonlySet<string>): AlignedUnit[] | undefined {
  const text = normalizeEnglish(sentence.text);
  const offsets = normalizedOffsets(sentence.text);
  const keys = available.keysByLength();
  const pieces: Array<{from: number; to: number; key: string}> = [];
  let gaps = 0;
  // Each step covers at least one character (keys and gaps are never empty), so the loop ends within
  // text.length steps, each trying every key once: O(text length × keys) per sentence.
  for (let at = 0; at < text.length;) {
    const rest = text.slice(at);
    const ends = (k: string) => rest.length === k.length || rest.charAt(k.length) === ' ' || keptOutside(rest.slice(k.length), keptTerms) !== undefined;
    const key = keys.find((k) => k.length < text.length && rest.startsWith(k) && ends(k));
    const gap = key === undefined ? keptOutside(rest, keptTerms) : undefined;
    const length = key?.length ?? gap?.length ?? 0;
    if (length === 0) return undefined;
    if (key !== undefined) pieces.push({from: at, to: at + length, key});
    else gaps++;
    at += length + (rest.charAt(length) === ' ' ? 1 : 0);
  }
  if (pieces.length + gaps < 2 || new Set(pieces.map((p) => p.key)).size < pieces.length) return undefined;
  return pieces.map(({from, to, key}) => {
    const segment = available.take(key);
    const start = sentence.start + (offsets[from] ?? 0);
    const end = sentence.start + (offsets[to] ?? sentence.text.length);
    return {
      start,
      end,
      english: sentence.text.slice(start - sentence.start, end - sentence.start),
      state: segment?.state === UNTRANSLATED ? 'untranslated' : 'translated',
      segment,
    };
  });
}

/**
 * What the translation tool keeps outside its pairs, at the start of `rest`: inline code
 * (`` `url`: The URI… ``), an HTML comment, or a term of the page's `no-loc` front matter (`SignalR<span>…`).
 */
function keptOutside(rest: string, keptTerms: () => ReadonlySet<string>): string | undefined {
  const syntax = /^(?:`[^`]+`|<!--[\s\S]*?-->)/.exec(rest)?.[0];
  if (syntax !== undefined) return syntax;
  // A name runs into the pair after it as often as it stands apart (`SignalR<span>'s connections…`).
  for (const term of keptTerms()) if (term !== '' && rest.startsWith(term) && !/^[\p{L}\p{N}]/u.test(rest.slice(term.length))) return term;
  return undefined;
}

/** First pass: runs of sentences whose English a segment has exactly (longest run first); the rest are untranslated. */
export function matchExact(
  segments: readonly SpanSegment[],
  englishText: string,
  sentences: readonly EnglishSentence[],
): {units: AlignedUnit[]; left: SpanSegment[]} {
  const available = new SegmentsByEnglish(segments);
  const keyed = sentenceKeys(englishText, sentences);
  let kept: ReadonlySet<string> | undefined;
  const keptTerms = () => (kept ??= noLocTerms(englishText));
  const units: AlignedUnit[] = [];
  for (let i = 0; i < sentences.length;) {
    const first = sentences[i];
    if (!first) break;
    let matched: AlignedUnit | undefined;
    for (let k = Math.min(sentences.length - 1, i + MAX_RUN - 1); k >= i && !matched; k--) {
      const last = sentences[k];
      if (!last || last.block !== first.block) continue;
      const key = runKey(englishText, sentences, keyed, i, k, available.lengths);
      const segment = key === undefined ? undefined : available.take(key);
      if (segment) {
        const english = englishText.slice(first.start, last.end);
        matched = {start: first.start, end: last.end, english, state: segment.state === UNTRANSLATED ? 'untranslated' : 'translated', segment};
        i = k + 1;
      }
    }
    if (!matched) {
      const link = insideLink(first, available);
      const pieces = link ? undefined : piecewise(first, available, keptTerms);
      i++;
      if (pieces) {
        units.push(...pieces);
        continue;
      }
      matched = link ?? {start: first.start, end: first.end, english: first.text, state: 'untranslated'};
    }
    units.push(matched);
  }
  return {units, left: available.left()};
}

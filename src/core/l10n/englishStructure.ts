import type {AlignedUnit} from './alignedUnit';
import {untranslatableParts} from './alignment';
import {splitFrontMatter} from '../markdown/frontMatter';
import {IMAGE} from '../markdown/image';
import {replaceSegments, UNTRANSLATED, type SpanSegment} from '../markdown/spanPairs';
import type {LocalizedDoc} from './localizedDoc';

/**
 * Fresh ids continue the file's own key and numbering: `c67d8-189`, `c67d8-190`, … A file with no
 * pairs yet takes `fallbackKey` (its own, so ids differ from other pages'), else `l10n`.
 */
export function idAllocator(segments: readonly SpanSegment[], fallbackKey = 'l10n'): () => string {
  const keys = new Map<string, number>();
  let max = 100;
  for (const {id} of segments) {
    const [, key, number] = /^(.*)-(\d+)$/.exec(id) ?? [];
    if (key === undefined) continue;
    keys.set(key, (keys.get(key) ?? 0) + 1);
    max = Math.max(max, Number(number));
  }
  const key = [...keys.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallbackKey;
  return () => `${key}-${++max}`;
}

/** Replaces the old English's URLs and code in a translation by the new English's, part by part. */
export function updateUntranslatable(target: string, oldEnglish: string, newEnglish: string): string {
  const before = untranslatableParts(oldEnglish);
  const after = untranslatableParts(newEnglish);
  return before.reduce((text, part, i) => (part === after[i] ? text : text.split(part).join(after[i])), target);
}

/** Image alt text is translated in place and never compared. */
const withoutAlt = (text: string) => (text.includes('![') ? text.replace(IMAGE, (whole, alt: string) => `![]${whole.slice(alt.length + 3)}`) : text);

const msDate = (frontMatter: string) => /^ms\.date:[ \t]*(.*?)[ \t]*$/m.exec(frontMatter)?.[1];

/**
 * Whether a page already is the current English, read in English (each pair's English in its
 * place), with the same date and every pair translated: then it is left as it is, byte for byte,
 * however the translation tool placed its pairs (a symbol alone in a pair, a term before one).
 */
export function isInSync(doc: LocalizedDoc, englishText: string): boolean {
  if (doc.segments.some((s) => s.state === UNTRANSLATED)) return false;
  const english = splitFrontMatter(englishText);
  const localized = splitFrontMatter(doc.text);
  const englishDate = msDate(english.frontMatterText);
  if (englishDate !== undefined && englishDate !== msDate(localized.frontMatterText)) return false;
  const read = replaceSegments(doc.text, doc.segments, (s) => s.source, localized.bodyStart);
  return withoutAlt(read) === withoutAlt(english.body);
}

/**
 * The body of the current English with each unit rendered by `render` (a pair), and the
 * translator's alt text kept for the same images: the structure `sync` writes and the site reads.
 */
export function bodyOnEnglish(doc: LocalizedDoc, englishText: string, units: readonly AlignedUnit[], render: (unit: AlignedUnit) => string): string {
  const body = replaceSegments(englishText, units, render, splitFrontMatter(englishText).bodyStart);
  // Image alt text is translated in place, outside any pair: keep the translator's alt for the same image.
  const localizedAlt = new Map([...doc.text.matchAll(IMAGE)].map((m) => [m[2], m[1]]));
  return body.replace(IMAGE, (whole, _alt: string, url: string) =>
    localizedAlt.has(url) ? whole.replace(/^!\[[^\]]*\]/, `![${localizedAlt.get(url)}]`) : whole,
  );
}

/** The English page's `ms.date`, as written. */
export function englishDate(englishText: string): string | undefined {
  return msDate(splitFrontMatter(englishText).frontMatterText);
}

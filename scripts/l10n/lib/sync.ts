import type {AlignedUnit} from '../../../src/core/l10n/alignedUnit';
import {alignToEnglish, hasWords, untranslatableParts} from '../../../src/core/l10n/alignment';
import {splitFrontMatter} from '../../../src/core/markdown/frontMatter';
import {IMAGE} from '../../../src/core/markdown/image';
import {renderPair as pair, replaceSegments, UNTRANSLATED, type SpanSegment} from '../../../src/core/markdown/spanPairs';
import type {EnglishSentence} from '../../../src/core/l10n/englishSentences';
import type {LocalizedDoc} from '../../../src/core/l10n/localizedDoc';
import type {MemoryEntry, TranslationMemory} from '../../../src/core/l10n/memory';

export interface SyncReport {
  page: string;
  kept: number;
  updated: number;
  restoredFromMemory: number;
  untranslated: number;
  toMemory: number;
  changed: boolean;
}

export interface SyncResult {
  text: string;
  report: SyncReport;
}

/** Fresh ids continue the file's own key and numbering: `c67d8-189`, `c67d8-190`, … */
function idAllocator(segments: readonly SpanSegment[]): () => string {
  const keys = new Map<string, number>();
  let max = 100;
  for (const {id} of segments) {
    const [, key, number] = /^(.*)-(\d+)$/.exec(id) ?? [];
    if (key === undefined) continue;
    keys.set(key, (keys.get(key) ?? 0) + 1);
    max = Math.max(max, Number(number));
  }
  const key = [...keys.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'l10n';
  return () => `${key}-${++max}`;
}

/** Replaces the old English's URLs and code in a translation by the new English's, part by part. */
export function updateUntranslatable(target: string, oldEnglish: string, newEnglish: string): string {
  const before = untranslatableParts(oldEnglish);
  const after = untranslatableParts(newEnglish);
  return before.reduce((text, part, i) => (part === after[i] ? text : text.split(part).join(after[i])), target);
}

function setFrontMatterLine(frontMatter: string, key: string, value: string): string {
  const line = new RegExp(`^${key.replace(/\./g, '\\.')}:.*$`, 'm');
  return line.test(frontMatter) ? frontMatter.replace(line, `${key}: ${value}`) : `${frontMatter}\n${key}: ${value}`;
}

/** Image alt text is translated in place and never compared. */
const withoutAlt = (text: string) => (text.includes('![') ? text.replace(IMAGE, (whole, alt: string) => `![]${whole.slice(alt.length + 3)}`) : text);

/**
 * Whether a page already is the current English, read in English (each pair's English in its
 * place), with the same date and every pair translated: then sync leaves it as it is, byte for byte,
 * however the translation tool placed its pairs (a symbol alone in a pair, a term before one).
 */
function isInSync(doc: LocalizedDoc, english: ReturnType<typeof splitFrontMatter>): boolean {
  if (doc.segments.some((s) => s.state === UNTRANSLATED)) return false;
  const localized = splitFrontMatter(doc.text);
  const date = (frontMatter: string) => /^ms\.date:[ \t]*(.*?)[ \t]*$/m.exec(frontMatter)?.[1];
  const englishDate = date(english.frontMatterText);
  if (englishDate !== undefined && englishDate !== date(localized.frontMatterText)) return false;
  const read = replaceSegments(doc.text, doc.segments, (s) => s.source, localized.bodyStart);
  return withoutAlt(read) === withoutAlt(english.body);
}

/**
 * Brings one localized page to the current English structure. Nothing translated is lost: a
 * translation either stays on the page or goes into `memory`, which the page also reuses from.
 */
export function syncPage(doc: LocalizedDoc, englishText: string, sentences: EnglishSentence[], memory: TranslationMemory): SyncResult {
  const {path: page, text: localizedText} = doc;
  const english = splitFrontMatter(englishText);
  if (isInSync(doc, english)) {
    const kept = doc.segments.filter((s) => hasWords(s.source)).length;
    return {text: localizedText, report: {page, kept, updated: 0, restoredFromMemory: 0, untranslated: 0, toMemory: 0, changed: false}};
  }
  const {units, obsolete} = alignToEnglish(doc.segments, englishText, sentences);
  const nextId = idAllocator(doc.segments);
  const report: SyncReport = {page, kept: 0, updated: 0, restoredFromMemory: 0, untranslated: 0, toMemory: 0, changed: false};
  const leaving: MemoryEntry[] = obsolete.filter((s) => s.state !== UNTRANSLATED).map((s) => ({source: s.source, target: s.target, page, id: s.id}));

  const render = (unit: AlignedUnit): string => {
    const {segment, english} = unit;
    if (unit.state === 'translated' && segment) {
      report.kept++;
      return pair(segment.id, segment.target, english);
    }
    if (unit.state === 'updatable' && segment) {
      report.updated++;
      return pair(segment.id, updateUntranslatable(segment.target, segment.source, english), english);
    }
    if (unit.state === 'stale' && segment) leaving.push({source: segment.source, target: segment.target, page, id: segment.id});
    const memo = memory.find(english);
    if (memo) {
      report.restoredFromMemory++;
      return pair(nextId(), memo.target, english);
    }
    report.untranslated++;
    const id = segment?.state === UNTRANSLATED ? segment.id : nextId();
    return pair(id, english, english, UNTRANSLATED);
  };
  let body = replaceSegments(englishText, units, render, english.bodyStart);

  // Image alt text is translated in place, outside any pair: keep the translator's alt for the same image.
  const localizedAlt = new Map([...localizedText.matchAll(IMAGE)].map((m) => [m[2], m[1]]));
  body = body.replace(IMAGE, (whole, _alt: string, url: string) =>
    localizedAlt.has(url) ? whole.replace(/^!\[[^\]]*\]/, `![${localizedAlt.get(url)}]`) : whole,
  );

  const {frontMatterText} = splitFrontMatter(localizedText);
  // Copied as written, so the date keeps the English page's YAML form (and no YAML is parsed per locale).
  const englishDate = /^ms\.date:[ \t]*(.*?)[ \t]*$/m.exec(english.frontMatterText)?.[1];
  const frontMatter = englishDate ? setFrontMatterLine(frontMatterText, 'ms.date', englishDate) : frontMatterText;
  const text = `---\n${frontMatter}\n---\n${body}`;
  report.toMemory = memory.add(leaving);
  report.changed = text !== localizedText;
  return {text, report};
}

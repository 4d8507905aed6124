import {joinFrontMatter, splitFrontMatter} from '../../../src/core/markdown/frontMatter';
import {IMAGE} from '../../../src/core/markdown/image';
import {msDateToIso} from '../../../src/core/markdown/msDate';
import {englishFallback, replaceSegments} from '../../../src/core/markdown/spanPairs';
import type {LocalizedDoc} from '../../../src/core/l10n/localizedDoc';

/** Front matter that describes one localized copy, not the English article. */
export const LOCALIZATION_KEYS = [
  'ms.translationtype',
  'ms.contentlocale',
  'ms.lasthandoff',
  'ms.openlocfilehash',
  'ms.sourcegitcommit',
  'ms.locfileid',
  // Translated in the localized copy, with no English beside them.
  'description',
  'keywords',
];

/**
 * The English page of an article, rebuilt from the sxs-lookup English of one localized copy.
 * Image alt text has no English in the input: it is taken from the current English page when
 * that page has the same image, otherwise from the image's file name.
 */
export function renderEnglishPage(doc: LocalizedDoc, currentEnglish?: string, extra: Record<string, unknown> = {}): string {
  const {bodyStart} = splitFrontMatter(doc.text);
  // A block whose pair cannot be read gives its English as best it can (the data-stu-id contents).
  const parts = [
    ...doc.segments.map((s) => ({start: s.start, end: s.end, english: s.source})),
    ...(doc.malformed ?? []).map((m) => ({start: m.start, end: m.end, english: englishFallback(doc.text.slice(m.start, m.end))})),
  ].sort((a, b) => a.start - b.start);
  const body = replaceSegments(doc.text, parts, (p) => p.english, bodyStart);
  const knownAlt = new Map<string, string>();
  for (const [, alt = '', url = ''] of (currentEnglish ?? '').matchAll(IMAGE)) knownAlt.set(url, alt);
  const englishBody = body.replace(IMAGE, (whole, localizedAlt: string, url: string) => {
    const alt = knownAlt.get(url) ?? url.replace(/^.*\//, '').replace(/\.\w+$/, '');
    return `![${alt}]${whole.slice(localizedAlt.length + 3)}`;
  });
  const data = Object.fromEntries(Object.entries(doc.data).filter(([key, value]) => value !== null && !LOCALIZATION_KEYS.includes(key)));
  const title = doc.englishTitle;
  return joinFrontMatter({...data, ...(title ? {title} : {}), ...extra}, englishBody);
}

/** A sortable YYYY-MM-DD of the article's ms.date, or '' when absent. */
export function articleDate(data: Record<string, unknown>): string {
  return msDateToIso(data['ms.date']) ?? '';
}

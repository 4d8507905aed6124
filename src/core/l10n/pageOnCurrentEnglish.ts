import type {AlignedUnit} from './alignedUnit';
import {alignToEnglish} from './alignment';
import {bodyOnEnglish, idAllocator, isInSync, updateUntranslatable} from './englishStructure';
import type {EnglishSentence} from './englishSentences';
import type {LocalizedDoc} from './localizedDoc';
import {splitFrontMatter} from '../markdown/frontMatter';
import {renderPair, STALE, UNTRANSLATED} from '../markdown/spanPairs';

/** A localized page as a reader should get it when its English has moved on. */
export interface PageOnCurrentEnglish {
  /** The current English page with each sentence's translation in place (Markdown with span pairs). */
  text: string;
  /** Sentences shown with a translation of earlier English (marked `stale`). */
  stale: number;
  /** Sentences with no translation: their English is shown (marked `untranslated`). */
  untranslated: number;
  /** Translations whose English is gone: left out of the page. */
  obsolete: number;
}

/**
 * Reads a localized page against the current English, as `sync` would write it but for reading:
 * every sentence of the current English in its place (translated, stale with its old translation
 * and the current English, or untranslated in English), code, zones and headings as the English has
 * them, and translations of English that is gone left out. Undefined when the page already is the
 * current English (it is then read as it is). The file on disk is not touched.
 */
export function pageOnCurrentEnglish(doc: LocalizedDoc, englishText: string, sentences: readonly EnglishSentence[]): PageOnCurrentEnglish | undefined {
  if (isInSync(doc, englishText)) return undefined;
  const {units, obsolete} = alignToEnglish(doc.segments, englishText, sentences);
  const nextId = idAllocator(doc.segments);
  let stale = 0;
  let untranslated = 0;
  const render = ({segment, english, state}: AlignedUnit): string => {
    if (segment && segment.state !== UNTRANSLATED) {
      if (state === 'translated') return renderPair(segment.id, segment.target, english);
      if (state === 'updatable') return renderPair(segment.id, updateUntranslatable(segment.target, segment.source, english), english);
      if (state === 'stale') {
        stale++;
        return renderPair(segment.id, segment.target, english, STALE);
      }
    }
    untranslated++;
    return renderPair(segment?.state === UNTRANSLATED ? segment.id : nextId(), english, english, UNTRANSLATED);
  };
  const body = bodyOnEnglish(doc, englishText, units, render);
  const {frontMatterText} = splitFrontMatter(doc.text);
  // The translation's own front matter: its title, and the date of the English it was made from.
  const text = frontMatterText ? `---\n${frontMatterText}\n---\n${body}` : body;
  return {text, stale, untranslated, obsolete: obsolete.filter((s) => s.state !== UNTRANSLATED).length};
}

import {localizedDocDir} from '../../../src/core/i18n/paths';
import {normalizeEnglish} from '../../../src/core/l10n/englishSentences';
import {localizedDoc, readLocalizedDoc, type LocalizedDoc} from '../../../src/core/l10n/localizedDoc';
import {parseSpanPairs, type SpanSegment} from '../../../src/core/markdown/spanPairs';
import {noLocOf} from '../../../src/core/l10n/glossary';
import {TranslationMemory, type MemoryEntry} from '../../../src/core/l10n/memory';
import {splitFrontMatter} from '../../../src/core/markdown/frontMatter';
import {analyzedPages} from '../../../src/project/analyzedPages';
import type {Project} from '../../../src/project/project';
import {syncPage, type ToReview} from './sync';

/** A page of a locale on the current English, as `sync` would write it. */
export interface SyncedPage {
  /** The localized page as `sync` would write it (a new one, every sentence untranslated, if there is none). */
  doc: LocalizedDoc;
  review: Map<string, ToReview>;
  /** Translations that leave the page for the memory when the page is written on the current English. */
  leaving: MemoryEntry[];
}

/** A page of a locale as translators exchange it: on the current English, whether or not `sync` ran. */
export interface ExchangePage {
  page: string;
  /** The page as it is on disk; undefined when the locale has no copy of it yet. */
  onDisk?: LocalizedDoc;
  /** The current English's sentences, normalized. */
  englishSentences: ReadonlySet<string>;
  /** The page synced, computed when first asked for (import asks only when the page is not enough as it is). */
  synced(): SyncedPage;
  /** The page's do-not-translate names (`no-loc` of its English). */
  noLoc: string[];
  /** The English page's front matter. */
  englishFrontMatter: Record<string, unknown>;
}

/** A short key of its own for the ids of a page that has none yet (FNV-1a of locale and page, 5 hex digits, like `c67d8`). */
export function pageIdKey(locale: string, page: string): string {
  let hash = 0x811c9dc5;
  for (const char of `${locale}/${page}`) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return (hash >>> 12).toString(16).padStart(5, '0');
}

/**
 * The page sync wrote, read back: its pairs are the ones sync rendered, so the pair parser alone
 * finds them (a third of reading the page whole); should it find another number or other span
 * markup (in the English's code or raw HTML), the page is read whole.
 */
function syncedDoc(path: string, text: string, pairs: number): LocalizedDoc {
  let segments: SpanSegment[] | undefined;
  try {
    segments = parseSpanPairs(text, {from: splitFrontMatter(text).bodyStart});
  } catch {
    // Other span markup in the English (raw HTML of a real doc set): the pair parser alone cannot tell.
    segments = undefined;
  }
  return segments?.length === pairs ? localizedDoc(path, text, {segments, unpaired: []}) : readLocalizedDoc(path, text);
}

/** A locale's first copy of a page: the English, marked as the locale's, with no pair yet. */
function newLocalizedText(english: string, locale: string): string {
  const {frontMatterText, body} = splitFrontMatter(english);
  return `---\n${frontMatterText ? `${frontMatterText}\n` : ''}ms.contentlocale: ${locale}\n---\n${body}`;
}

/**
 * Every page of a locale on the current English, in project order, as `sync` would bring it there
 * (the same ids, one memory carried from page to page), without writing anything: what export
 * offers and what import applies translations to. A page is synced when asked for, in page order;
 * the ids sync gives do not depend on the memory, so pages not asked for change no id.
 */
export async function* exchangePages(project: Project, locale: string, {pages}: {pages?: ReadonlySet<string>} = {}): AsyncGenerator<ExchangePage> {
  const memory = new TranslationMemory(project.memory[locale]);
  for await (const {page, english, sentences, localized} of analyzedPages(project, {locales: [locale], ...(pages ? {pages} : {})})) {
    const existing = localized[locale];
    let synced: SyncedPage | undefined;
    const englishFrontMatter = splitFrontMatter(english).data;
    yield {
      page,
      ...(existing ? {onDisk: existing} : {}),
      englishSentences: new Set(sentences.map((s) => normalizeEnglish(s.text))),
      synced() {
        if (synced) return synced;
        // A page with a block sync cannot read is exchanged as it is on disk (sync leaves it alone too).
        if (existing?.malformed) return (synced = {doc: existing, review: new Map(), leaving: []});
        const doc = existing ?? readLocalizedDoc(`${localizedDocDir(locale)}/${page}`, newLocalizedText(english, locale));
        const {text, review, leaving, report} = syncPage(doc, english, sentences, memory, {idKey: pageIdKey(locale, page), firstCopy: !existing});
        const pairs = report.kept + report.updated + report.restoredFromMemory + report.untranslated;
        synced = {doc: text === doc.text ? doc : syncedDoc(doc.path, text, pairs), review, leaving};
        return synced;
      },
      noLoc: noLocOf(englishFrontMatter),
      englishFrontMatter,
    };
  }
}

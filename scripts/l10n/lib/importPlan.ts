import {isTranslatedLocale, TRANSLATED_LOCALES} from '../../../src/core/i18n/locales';
import {ENGLISH_DOCS_DIR, localizedDocDir} from '../../../src/core/i18n/paths';
import {splitFrontMatter} from '../../../src/core/markdown/frontMatter';
import {articleDate, renderEnglishPage} from './englishPage';
import {L10nError} from '../../../src/core/l10n/errors';
import {malformedError, readLocalizedDoc, type LocalizedDoc} from '../../../src/core/l10n/localizedDoc';
import {createLocator} from '../../../src/core/markdown/position';
import {repairLeftovers, type LeftoverFix} from '../../../src/core/l10n/mtLeftovers';
import type {DemoChoice} from '../../../src/core/demos/demoChoice';

export interface ImportInput {
  path: string;
  text: string;
  /** The page's id when the caller knows it (its path in a doc set); else from its uid or title. */
  docId?: string;
  /** The locale when the file does not say (an include file of a doc set often has no front matter). */
  locale?: string;
  /** A DocFX include file: part of pages, not a page of its own. */
  include?: boolean;
}

export interface PlannedWrite {
  path: string;
  content: string | Uint8Array;
}

export interface ImportedPage {
  input: string;
  docId: string;
  locale: string;
  segments: number;
  unpaired: LocalizedDoc['unpaired'];
  output: string;
  /** What was wrong but read as meant (a pair whose tags write their quotes as `&quot;`), each at its line:column. */
  warnings: Array<{line: number; column: number; code: string; message: string}>;
  /** Set for an include file, which is served as part of the pages that include it. */
  include?: true;
  /** With `--fix`: the translations repaired on the way in (machine translation's emphasis leftovers). */
  fixed?: LeftoverFix[];
}

export interface ImportPlan {
  writes: PlannedWrite[];
  pages: ImportedPage[];
  /** What the translator should know: which English was used, what was kept. */
  notes: string[];
  /** Inputs left out for a problem (only when not strict), each with its file:line:column. */
  skipped: SkippedInput[];
}

export interface SkippedInput {
  input: string;
  code: string;
  message: string;
  line?: number;
  column?: number;
}

/** The doc id (file name) of an article: the last part of its uid, else its title as a slug. */
export function docIdOf(data: Record<string, unknown>, path: string): string {
  const uid = typeof data.uid === 'string' ? data.uid : '';
  const base = uid ? (uid.split('/').pop() ?? '') : String(data.title ?? '');
  const slug = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!slug) throw new L10nError('ERR_NO_DOC_ID', 'no uid or title in the front matter to name the page by', {file: path, line: 1});
  return slug;
}

interface ImportedDoc {
  doc: LocalizedDoc;
  docId: string;
  locale: string;
  include?: boolean;
}

/** Reads every input, collecting each problem rather than stopping at the first. */
function readInputs(inputs: readonly ImportInput[]): {docs: ImportedDoc[]; errors: L10nError[]} {
  const errors: L10nError[] = [];
  const docs: ImportedDoc[] = [];
  for (const input of inputs) {
    try {
      const doc = readLocalizedDoc(input.path, input.text);
      const locale = doc.data['ms.contentlocale'] ?? input.locale;
      if (!isTranslatedLocale(locale)) {
        throw new L10nError(
          'ERR_LOCALE',
          `ms.contentlocale is ${JSON.stringify(locale ?? null)}; expected one of ${TRANSLATED_LOCALES.join(', ')} (add the locale to src/core/i18n/locales.ts first)`,
          {file: input.path, line: 1},
        );
      }
      docs.push({doc, docId: input.docId ?? docIdOf(doc.data, input.path), locale, ...(input.include ? {include: true} : {})});
    } catch (error) {
      if (!(error instanceof L10nError)) throw error;
      errors.push(error);
    }
  }
  const seen = new Map<string, string>();
  const unique = docs.filter(({doc, docId, locale}) => {
    const key = `${locale}/${docId}`;
    const earlier = seen.get(key);
    if (earlier) errors.push(new L10nError('ERR_DUPLICATE_INPUT', `same page and locale (${key}) as ${earlier}`, {file: doc.path}));
    else seen.set(key, doc.path);
    return !earlier;
  });
  return {docs: unique, errors};
}

/** The English page of one article: rebuilt from its newest English among the inputs, unless the current page is newer. */
function planEnglishPage(
  docId: string,
  docs: readonly ImportedDoc[],
  readExisting: (path: string) => string | undefined,
  extra: Record<string, unknown> = {},
): {write?: PlannedWrite; note: string} {
  const englishPath = `${ENGLISH_DOCS_DIR}/${docId}.md`;
  const current = readExisting(englishPath);
  const candidates = docs.filter((d) => d.docId === docId && (d.doc.segments.length > 0 || d.doc.malformed));
  const newest = candidates.reduce<ImportedDoc | undefined>((best, d) => (!best || articleDate(d.doc.data) > articleDate(best.doc.data) ? d : best), undefined);
  if (!newest) return {note: `${englishPath}: no input has span pairs to rebuild the English from${current ? '; kept as it is' : ''}`};
  const currentDate = current ? articleDate(splitFrontMatter(current).data) : '';
  if (currentDate > articleDate(newest.doc.data)) return {note: `${englishPath}: kept, its English (${currentDate}) is newer than ${newest.doc.path}`};
  return {
    write: {path: englishPath, content: renderEnglishPage(newest.doc, current, extra)},
    note: `${englishPath}: English of ${articleDate(newest.doc.data) || 'undated'} from ${newest.doc.path}`,
  };
}

/**
 * The pairs read as meant though malformed, and the blocks whose pairs cannot be read (the site
 * shows their English, sync leaves the page alone until they are mended), as warnings at their line:column.
 */
function pairWarnings(doc: LocalizedDoc): ImportedPage['warnings'] {
  const recovered = doc.segments.filter((s) => s.recovered);
  const malformed = (doc.malformed ?? []).map(({line, column, code, message}) => ({
    line,
    column,
    code,
    message: `${message}; the block reads in English until the pair is mended`,
  }));
  const yaml = splitFrontMatter(doc.text).error;
  if (yaml)
    malformed.push({line: yaml.line, column: yaml.column, code: 'ERR_FRONT_MATTER', message: `front matter is not YAML: ${yaml.message}; read as none`});
  if (recovered.length === 0) return malformed;
  const locate = createLocator(doc.text);
  return [
    ...recovered.map((s) => ({...locate(s.start), code: 'W_SPAN_RECOVERED', message: `span pair "${s.id}" is malformed (${s.recovered}); read as meant`})),
    ...malformed,
  ].sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Decides every file an import writes, before anything is written. A bad input aborts the whole
 * import when strict; otherwise it is left out and listed with its problem, and the rest imports. Localized files are kept byte for byte; the English page of each article comes from its
 * newest English (ms.date) among the inputs and the current English page.
 */
export function planImport(
  inputs: ImportInput[],
  readExisting: (path: string) => string | undefined,
  {strict = true, fix = false, demo}: {strict?: boolean; fix?: boolean; demo?: DemoChoice} = {},
): ImportPlan {
  const {docs, errors} = readInputs(inputs);
  if (strict) errors.push(...docs.flatMap(({doc}) => malformedError(doc) ?? []));
  if (strict && errors.length > 0) throw new AggregateError(errors, errors.map((e) => e.message).join('\n'));
  const skipped = errors.map(({file, code, detail, line, column}) => ({input: file ?? '', code, message: detail, line, column}));
  const writes: PlannedWrite[] = [];
  const notes: string[] = [];
  const pages: ImportedPage[] = docs.map(({doc, docId, locale, include}) => {
    const output = `${localizedDocDir(locale)}/${docId}.md`;
    const {text, fixes: fixed} = fix ? repairLeftovers(doc.text, doc.segments) : {text: doc.text, fixes: []};
    writes.push({path: output, content: text});
    return {
      input: doc.path,
      docId,
      locale,
      segments: doc.segments.length,
      unpaired: doc.unpaired,
      output,
      warnings: pairWarnings(doc),
      ...(include ? {include: true as const} : {}),
      ...(fixed.length > 0 ? {fixed} : {}),
    };
  });
  for (const docId of new Set(docs.map((d) => d.docId))) {
    // `--demo`: the set's pages end with that demo (none: no demo), whatever their text.
    const {write, note} = planEnglishPage(docId, docs, readExisting, demo ? {demo} : {});
    if (write) writes.push(write);
    notes.push(note);
  }
  return {writes, pages, notes, skipped};
}

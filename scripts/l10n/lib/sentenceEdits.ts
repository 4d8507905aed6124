import {createHash} from 'node:crypto';
import {appendFileSync, mkdirSync, rmSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {memoryPath} from '../../../src/core/i18n/paths';
import {parseMemory, serializeMemory, TranslationMemory} from '../../../src/core/l10n/memory';
import {L10nError} from '../../../src/core/l10n/errors';
import {normalizeEnglish} from '../../../src/core/l10n/englishSentences';
import {readLocalizedDoc} from '../../../src/core/l10n/localizedDoc';
import {readIfExists, writeFilesAtomically} from '../../../src/project/fileSystem';
import {loadProject, type Project} from '../../../src/project/project';
import {glossaryFindings} from '../../../src/core/l10n/glossary';
import {UNTRANSLATED} from '../../../src/core/markdown/spanPairs';
import {checkIncoming, textSegment, type IncomingFinding} from './checks';
import {applyUnits, exportUnits} from './units';
import type {ExchangeState, Unit} from './unitTypes';

/** A sentence as an editor read it: the version a save starts from. */
export interface SentenceVersion {
  english: string;
  translation: string;
  state: ExchangeState;
}

/** The states an editor can save: a translation (text changed or not), or an approval. */
export const SAVE_STATES = ['translated', 'reviewed', 'final'] as const;
export type SaveState = (typeof SAVE_STATES)[number];

export interface SaveRequest {
  locale: string;
  /** Path under docs/. */
  page: string;
  id: string;
  base: SentenceVersion;
  translation: string;
  state: SaveState;
  /** Who saves, for the journal. */
  author: string;
}

export type SaveOutcome =
  | {status: 'saved'; sentence: Unit; warnings: IncomingFinding[]; files: string[]}
  | {status: 'unchanged'; sentence: Unit}
  /** The sentence changed on disk since the editor read it: the three versions, to choose or merge. */
  | {status: 'conflict'; base: SentenceVersion; theirs: SentenceVersion | null; mine: {translation: string; state: SaveState}}
  | {status: 'refused'; errors: IncomingFinding[]};

/** Where the edit journal lives: local to the working tree (`.translate/` is ignored by git). */
export const JOURNAL_PATH = '.translate/journal.jsonl';

/** One save in the journal: enough to list it, and to put the file back byte for byte. */
export interface JournalEntry {
  time: string;
  author: string;
  locale: string;
  page: string;
  id: string;
  before: {translation: string; state: ExchangeState};
  after: {translation: string; state: ExchangeState};
  /** Every file the save wrote, with its bytes before (null: the save created it) and a hash of its bytes after. */
  files: Array<{path: string; before: string | null; afterSha256: string}>;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const versionOf = (unit: Unit): SentenceVersion => ({english: unit.english, translation: unit.translation, state: unit.state});
const sameVersion = (a: SentenceVersion, b: SentenceVersion) => a.english === b.english && a.translation === b.translation && a.state === b.state;

/** One page's sentences in a locale, as sync would give them (ids and all), whether or not the locale has the page yet. */
export async function pageSentences(project: Project, locale: string, page: string): Promise<Unit[]> {
  return exportUnits(project, locale, {pages: new Set([page])});
}

/**
 * The same, each with the id its pair has in the file as it is (`pageId`), which the page shows: a
 * stale sentence gets a new id once synced, and its pair on the page is the one of its old English.
 */
export async function pageSentencesAsShown(project: Project, locale: string, page: string): Promise<Array<Unit & {pageId?: string}>> {
  const units = await pageSentences(project, locale, page);
  const copy = project.pages.find((p) => p.page === page)?.localized[locale];
  if (!copy) return units;
  const segments = readLocalizedDoc(copy.path, copy.text).segments;
  const ids = new Set(segments.map((s) => s.id));
  const byEnglish = new Map(segments.map((s) => [normalizeEnglish(s.source), s.id]));
  return units.map((unit) => {
    const pageId = ids.has(unit.id) ? unit.id : unit.previousEnglish === undefined ? undefined : byEnglish.get(normalizeEnglish(unit.previousEnglish));
    return pageId ? {...unit, pageId} : unit;
  });
}

/** The checks a save runs, for an editor to show as the translator types: errors block a save, warnings do not. */
export function sentenceFindings(project: Project, locale: string, sentence: Unit, translation: string): IncomingFinding[] {
  const segment = textSegment(sentence.english, sentence.state === 'new' ? '' : sentence.translation, sentence.state === 'new' ? UNTRANSLATED : undefined);
  return [
    ...checkIncoming(segment, translation),
    // The page's no-loc names are among the sentence's terms (as sync and export give them).
    ...glossaryFindings(
      sentence.english,
      translation,
      project.glossary[locale] ?? [],
      sentence.terms.filter((t) => t.note === 'no-loc').map((t) => t.english),
    ).map((f) => ({...f, severity: 'warning' as const})),
  ];
}

/**
 * Saves one sentence's translation (and state) through the import's writer, so only that
 * translation's bytes change when the page is on the current English, and the page is synced or
 * created as sync would when it is not. The sentence must be as the editor read it (`base`), else
 * nothing is written and the three versions come back. Writes are atomic; the memory learns the
 * pair; the journal keeps the files' bytes from before.
 */
export async function saveSentence(root: string, request: SaveRequest): Promise<SaveOutcome> {
  const {locale, page, id, base, translation, state} = request;
  const project = loadProject(root, {locales: [locale]});
  const current = (await pageSentences(project, locale, page)).find((u) => u.id === id);
  if (!current || !sameVersion(versionOf(current), base)) {
    return {status: 'conflict', base, theirs: current ? versionOf(current) : null, mine: {translation, state}};
  }
  const errors = sentenceFindings(project, locale, current, translation).filter((f) => f.severity === 'error');
  if (errors.length) return {status: 'refused', errors};
  const result = await applyUnits(project, locale, [{page, id, english: base.english, translation, state}]);
  if (result.rejected.length) return {status: 'refused', errors: result.rejected.map((r) => ({code: 'L10N_REFUSED', severity: 'error', message: r.reason}))};
  if (result.writes.length === 0) return {status: 'unchanged', sentence: current};
  // The memory learns the pair (with what a sync of the page left there, if it was synced).
  const memoryFile = memoryPath(locale);
  const memoryWrite = result.writes.find((w) => w.path === memoryFile);
  const memory = new TranslationMemory(parseMemory(memoryWrite?.content ?? readIfExists(root, memoryFile)));
  if (memory.add([{source: base.english, target: translation, page, id}]) > 0) {
    const content = serializeMemory(memory.toArray());
    if (memoryWrite) memoryWrite.content = content;
    else result.writes.push({path: memoryFile, content});
  }
  const befores = result.writes.map((w) => ({path: w.path, before: readIfExists(root, w.path) ?? null, afterSha256: sha256(w.content)}));
  const files = await writeFilesAtomically(root, result.writes);
  const saved = (await pageSentences(loadProject(root, {locales: [locale]}), locale, page)).find((u) => u.id === id) ?? current;
  appendJournal(root, {
    time: new Date().toISOString(),
    author: request.author,
    locale,
    page,
    id,
    before: {translation: current.translation, state: current.state},
    after: {translation: saved.translation, state: saved.state},
    files: befores,
  });
  return {status: 'saved', sentence: saved, warnings: result.warnings.map((w) => ({code: w.code, severity: 'warning', message: w.message})), files};
}

function appendJournal(root: string, entry: JournalEntry): void {
  const path = join(root, JOURNAL_PATH);
  mkdirSync(dirname(path), {recursive: true});
  appendFileSync(path, `${JSON.stringify(entry)}\n`);
}

/** The journal's entries, oldest first; a line that is not an entry (a torn write) is skipped. */
export function readJournal(root: string): JournalEntry[] {
  const text = readIfExists(root, JOURNAL_PATH) ?? '';
  return text.split('\n').flatMap((line) => {
    if (!line.trim()) return [];
    try {
      const entry = JSON.parse(line) as JournalEntry;
      return typeof entry.page === 'string' && Array.isArray(entry.files) ? [entry] : [];
    } catch {
      return [];
    }
  });
}

/**
 * Reverts the journal's last save: every file it wrote goes back to its bytes from before (one it
 * created is removed), only if each is still as the save left it. The undo is journaled too.
 */
export async function undoLastSave(root: string, author: string): Promise<JournalEntry> {
  const last = readJournal(root).at(-1);
  if (!last) throw new L10nError('ERR_NOTHING_TO_UNDO', `no save to undo: ${JOURNAL_PATH} is empty or missing`);
  const changed = last.files.filter((f) => {
    const now = readIfExists(root, f.path);
    return now === undefined || sha256(now) !== f.afterSha256;
  });
  if (changed.length > 0) {
    throw new L10nError(
      'ERR_UNDO_CONFLICT',
      `${changed.map((f) => f.path).join(', ')} changed since the save of ${last.page}#${last.id} at ${last.time}; nothing was undone (edit the sentence instead)`,
    );
  }
  const restores = last.files.flatMap((f) => (f.before === null ? [] : [{path: f.path, content: f.before}]));
  const undo: JournalEntry = {
    time: new Date().toISOString(),
    author,
    locale: last.locale,
    page: last.page,
    id: last.id,
    before: last.after,
    after: last.before,
    files: last.files.map((f) => ({path: f.path, before: readIfExists(root, f.path) ?? null, afterSha256: sha256(f.before ?? '')})),
  };
  await writeFilesAtomically(root, restores);
  // What the save created (a new page, the memory file) goes, as it is still as the save wrote it.
  for (const f of last.files) if (f.before === null) rmSync(join(root, f.path));
  appendJournal(root, undo);
  return undo;
}

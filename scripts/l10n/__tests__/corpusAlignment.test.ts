import {readdirSync, readFileSync} from 'node:fs';
import {join, sep} from 'node:path';
import {describe, expect, it} from 'vitest';
import {alignToEnglish, hasWords} from '../../../src/core/l10n/alignment';
import {englishSentences} from '../../../src/core/l10n/englishSentences';
import {readLocalizedDoc} from '../../../src/core/l10n/localizedDoc';
import {TranslationMemory} from '../../../src/core/l10n/memory';
import {renderEnglishPage} from '../lib/englishPage';
import {syncPage} from '../lib/sync';
import {splitFrontMatter} from '../../../src/core/markdown/frontMatter';
import {sentencePairs} from '../../../tests/corpus/corpusSite';

/** Every localized file of the corpus of real doc sets (tests/__fixtures__/corpus, see its SOURCES.md). */
const CORPUS = join(__dirname, '../../../tests/__fixtures__/corpus');
const files = readdirSync(CORPUS, {recursive: true, encoding: 'utf8'})
  .filter((f) => f.endsWith('.md') && f !== 'SOURCES.md')
  .map((f) => f.split(sep).join('/'))
  .sort();

describe('each real localized file against the English page it was imported with', () => {
  const results = files.map((file) => {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    const doc = readLocalizedDoc(file, text);
    const english = renderEnglishPage(doc);
    const sentences = englishSentences(english);
    const {units, obsolete} = alignToEnglish(doc.segments, english, sentences);
    const synced = syncPage(readLocalizedDoc(file, text), english, sentences, new TranslationMemory());
    return {file, pairs: sentencePairs(text), units, obsolete, synced};
  });

  it('covers the corpus', () => {
    expect(files.length).toBe(173);
  });

  it('counts every pair as one translated sentence, and none obsolete', () => {
    const off = results
      .map(({file, pairs, units, obsolete}) => ({
        file,
        pairs,
        units: units.length,
        translated: units.filter((u) => u.state === 'translated').length,
        obsolete: obsolete.length,
      }))
      // A page with no pairs at all is a human translation: it has no English to align with.
      .filter((r) => r.pairs > 0 && (r.units !== r.pairs || r.translated !== r.units || r.obsolete > 0));
    expect(off).toEqual([]);
  });

  it('gives English pages no localized front matter (keywords, description) and no localized alt text', () => {
    const localized = results.filter(({file}) => {
      const english = renderEnglishPage(readLocalizedDoc(file, readFileSync(join(CORPUS, file), 'utf8')));
      const {data, body} = splitFrontMatter(english);
      return data.keywords !== undefined || data.description !== undefined || /!\[[^\]]*[\u3040-\u30ff\u4e00-\u9fff]/.test(body);
    });
    expect(localized.map((r) => r.file)).toEqual([]);
  });

  it('is left byte for byte by sync', () => {
    expect(results.filter((r) => r.synced.report.changed).map((r) => r.file)).toEqual([]);
  });
});

describe('syncing an older real translation to a newer English (ASP.NET Core 2018 → 2020, pt-BR and ja-JP)', () => {
  const older = files.filter((f) => f.startsWith('older/'));
  const cases = older.map((file) => {
    const newer = file.slice('older/'.length);
    const doc = readLocalizedDoc(file, readFileSync(join(CORPUS, file), 'utf8'));
    const english = renderEnglishPage(readLocalizedDoc(newer, readFileSync(join(CORPUS, newer), 'utf8')));
    const memory = new TranslationMemory();
    const synced = syncPage(doc, english, englishSentences(english), memory);
    return {file, doc, synced, memory};
  });

  it('has older versions to sync', () => {
    expect(older.length).toBe(6);
  });

  it('keeps every translation, on the page or in the memory (sync may bring its URLs and code up to the new English)', () => {
    const words = (target: string) => target.replace(/\]\([^)]*\)|https?:\/\/[^\s)]+|`[^`]*`/g, '');
    const lost = cases.flatMap(({file, doc, synced, memory}) => {
      const kept = new Set([...readLocalizedDoc(file, synced.text).segments.map((s) => s.target), ...memory.toArray().map((m) => m.target)].map(words));
      return doc.segments.filter((s) => hasWords(s.source) && !kept.has(words(s.target))).map((s) => `${file} ${s.id}`);
    });
    expect(lost).toEqual([]);
  });

  it('brings each page to the newer English: every sentence of it is on the page, translated or marked untranslated', () => {
    for (const {synced, file} of cases) {
      const after = readLocalizedDoc(file, synced.text);
      expect(synced.report.changed).toBe(true);
      expect(renderEnglishPage(after).length).toBeGreaterThan(0);
      expect(synced.report.kept + synced.report.updated + synced.report.restoredFromMemory + synced.report.untranslated).toBe(
        after.segments.filter((s) => hasWords(s.source)).length,
      );
    }
  });
});

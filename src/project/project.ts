import {existsSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {TRANSLATED_LOCALES} from '../core/i18n/locales';
import {ENGLISH_DOCS_DIR, glossaryPath, localizedDocDir, memoryPath} from '../core/i18n/paths';
import {parseGlossary, type GlossaryTerm} from '../core/l10n/glossary';
import {readIfExists} from './fileSystem';
import {parseMemory, type MemoryEntry} from '../core/l10n/memory';
import {markdownFiles} from './markdownFiles';

/** One English page and its localized copies, as text. */
export interface ProjectPage {
  /** Path under docs/, e.g. "api/closeoutputasync.md". */
  page: string;
  english: string;
  localized: Partial<Record<string, {path: string; text: string}>>;
}

export interface Project {
  root: string;
  locales: readonly string[];
  pages: ProjectPage[];
  memory: Record<string, MemoryEntry[]>;
  /** Each locale's glossary (none: empty). */
  glossary: Record<string, GlossaryTerm[]>;
}

export interface LoadOptions {
  locales?: readonly string[];
}

/**
 * A page whose text is read when asked for and not kept: a project of thousands of pages is
 * processed one page at a time instead of being held in memory whole.
 */
function lazyText(root: string, path: string): {path: string; text: string} {
  return {
    path,
    get text() {
      return readFileSync(join(root, path), 'utf8');
    },
  };
}

/** Finds docs/ and the localized copies (read as they are used) and reads each locale's translation memory. */
export function loadProject(root: string, {locales = TRANSLATED_LOCALES}: LoadOptions = {}): Project {
  const pages = markdownFiles(join(root, ENGLISH_DOCS_DIR))
    .map((file) => relative(join(root, ENGLISH_DOCS_DIR), file).replace(/\\/g, '/'))
    .sort()
    .map((page) => {
      const localized: ProjectPage['localized'] = {};
      for (const locale of locales) {
        const path = `${localizedDocDir(locale)}/${page}`;
        if (existsSync(join(root, path))) localized[locale] = lazyText(root, path);
      }
      const english = lazyText(root, `docs/${page}`);
      return {
        page,
        get english() {
          return english.text;
        },
        localized,
      };
    });
  const memory = Object.fromEntries(locales.map((l) => [l, parseMemory(readIfExists(root, memoryPath(l)))]));
  const glossary = Object.fromEntries(
    locales.map((l) => {
      const text = readIfExists(root, glossaryPath(l));
      return [l, text === undefined ? [] : parseGlossary(text, l, glossaryPath(l))];
    }),
  );
  return {root, locales, pages, memory, glossary};
}

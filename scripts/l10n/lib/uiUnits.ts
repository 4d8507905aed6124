import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {demoStringsPath, isL10nDataFile} from '../../../src/core/i18n/paths';
import {normalizeEnglish} from '../../../src/core/l10n/englishSentences';
import {checkText} from './checks';
import {plainUnit, type ApplyResult, type ImportedUnit, type Unit} from './unitTypes';

/**
 * The site's UI strings as units, on pages of their own: `ui/<file>` for each Docusaurus
 * translation file (`ui/code.json`, `ui/docusaurus-theme-classic/navbar.json`, …; the English is
 * `i18n/en/`, written by `npm run write-translations -- --locale en`) and `ui/demo.json` for the live
 * demo's i18next strings (nested keys joined with dots).
 */
export const UI_PAGE = 'ui/';
const DEMO_PAGE = `${UI_PAGE}demo.json`;

type DocusaurusFile = Record<string, {message: string; description?: string}>;

interface UiFile {
  page: string;
  /** The locale's file, relative to the root. */
  path: string;
  english: Map<string, {text: string; note?: string}>;
  /** The locale's current strings. */
  current: Map<string, string>;
  /** The file as it is, to write it back with the same shape. */
  data: unknown;
  kind: 'docusaurus' | 'i18next';
}

const readJson = (root: string, path: string): unknown => (existsSync(join(root, path)) ? JSON.parse(readFileSync(join(root, path), 'utf8')) : undefined);

function flatten(value: unknown, prefix = '', into = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') into.set(prefix, value);
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, into);
  return into;
}

/** Every UI file of a locale, with the English beside it. */
function uiFiles(root: string, locale: string): UiFile[] {
  const files: UiFile[] = [];
  const englishDir = join(root, 'i18n/en');
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.json') && !isL10nDataFile(entry.name)) {
        const rel = relative(englishDir, join(dir, entry.name)).replace(/\\/g, '/');
        const english = readJson(root, `i18n/en/${rel}`) as DocusaurusFile;
        const path = `i18n/${locale}/${rel}`;
        const data = (readJson(root, path) ?? {}) as DocusaurusFile;
        files.push({
          page: `${UI_PAGE}${rel}`,
          path,
          english: new Map(Object.entries(english).map(([k, v]) => [k, {text: v.message, ...(v.description ? {note: v.description} : {})}])),
          current: new Map(Object.entries(data).map(([k, v]) => [k, v.message])),
          data,
          kind: 'docusaurus',
        });
      }
    }
  };
  walk(englishDir);
  const demoEnglish = readJson(root, demoStringsPath('en'));
  if (demoEnglish !== undefined) {
    const data = readJson(root, demoStringsPath(locale)) ?? {};
    files.push({
      page: DEMO_PAGE,
      path: demoStringsPath(locale),
      english: new Map([...flatten(demoEnglish)].map(([k, text]) => [k, {text}])),
      current: flatten(data),
      data,
      kind: 'i18next',
    });
  }
  return files;
}

/** The UI strings of a locale as units: translated where the locale's file has the key, else new. */
export function uiUnits(root: string, locale: string): Unit[] {
  return uiFiles(root, locale).flatMap(({page, english, current}) =>
    [...english].map(([id, {text, note}]) => plainUnit(page, id, text, current.get(id) ?? '', note)),
  );
}

/** Docusaurus' `{name}` and i18next's `{{name}}` interpolations: a translation keeps the English's. */
const interpolations = (text: string) =>
  [...text.matchAll(/\{\{?\s*[\w.]+\s*\}?\}/g)]
    .map((m) => m[0].replace(/\s/g, ''))
    .sort()
    .join('\u0000');

function setNested(data: Record<string, unknown>, key: string, value: string): void {
  const parts = key.split('.');
  let node = data;
  for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
  node[parts.at(-1) ?? key] = value;
}

/** Puts imported UI strings into the locale's files: the same checks as for sentences, the files' shape kept. */
export function applyUiUnits(root: string, locale: string, imported: readonly ImportedUnit[], result: ApplyResult): void {
  const files = new Map(uiFiles(root, locale).map((f) => [f.page, f]));
  const changed = new Set<UiFile>();
  for (const unit of imported) {
    const file = files.get(unit.page);
    const english = file?.english.get(unit.id);
    if (!file || !english) {
      result.rejected.push({page: unit.page, id: unit.id, reason: file ? 'unknown UI string' : `no UI file ${unit.page}`});
      continue;
    }
    if (unit.english !== undefined && normalizeEnglish(unit.english) !== normalizeEnglish(english.text)) {
      result.rejected.push({page: unit.page, id: unit.id, reason: 'the English changed since export; export again'});
      continue;
    }
    if (!unit.translation.trim() || unit.translation === file.current.get(unit.id)) continue;
    const errors = checkText(english.text, unit.translation)
      .filter((f) => f.severity === 'error')
      .map((f) => `${f.code} ${f.message}`);
    if (interpolations(unit.translation) !== interpolations(english.text))
      errors.push(`L10N_PLACEHOLDER the English's interpolations ${JSON.stringify(english.text.match(/\{\{?\s*[\w.]+\s*\}?\}/g) ?? [])} must stay`);
    if (errors.length) {
      result.rejected.push({page: unit.page, id: unit.id, reason: errors.join('; ')});
      continue;
    }
    if (file.kind === 'docusaurus') {
      const data = file.data as DocusaurusFile;
      data[unit.id] = {message: unit.translation, ...(english.note ? {description: english.note} : {})};
    } else {
      setNested(file.data as Record<string, unknown>, unit.id, unit.translation);
    }
    file.current.set(unit.id, unit.translation);
    changed.add(file);
    result.applied.push({page: unit.page, id: unit.id});
  }
  for (const file of changed) result.writes.push({path: file.path, content: `${JSON.stringify(file.data, null, 2)}\n`});
}

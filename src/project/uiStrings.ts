import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {DEMO_RESOURCES} from '../core/i18n/demoResources';
import {isL10nDataFile} from '../core/i18n/paths';

export interface UiStringsReport {
  missing: string[];
  extra: string[];
}

function flatKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => flatKeys(v, prefix ? `${prefix}.${k}` : k));
}

/** Docusaurus translation files of a locale, as "file: key" entries. */
function docusaurusKeys(root: string, locale: string): Set<string> {
  const keys = new Set<string>();
  const walk = (dir: string, rel: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      if (entry.isDirectory() && entry.name !== 'current') walk(join(dir, entry.name), `${rel}${entry.name}/`);
      else if (entry.isFile() && entry.name.endsWith('.json') && !isL10nDataFile(entry.name)) {
        const json = JSON.parse(readFileSync(join(dir, entry.name), 'utf8')) as Record<string, unknown>;
        for (const key of Object.keys(json)) keys.add(`${rel}${entry.name}: ${key}`);
      }
    }
  };
  walk(join(root, 'i18n', locale), '');
  return keys;
}

/**
 * Missing and extra UI strings per locale. The demo's i18next resources are checked against the
 * English resource; Docusaurus' JSON files, which have no English copy, against the union of all locales.
 */
export function uiStringsReport(root: string, locales: readonly string[]): Record<string, UiStringsReport> {
  const english = new Set(flatKeys(DEMO_RESOURCES.en).map((k) => `demo: ${k}`));
  const docusaurus = new Map(locales.map((l) => [l, docusaurusKeys(root, l)]));
  const union = new Set([...docusaurus.values()].flatMap((s) => [...s]));
  return Object.fromEntries(
    locales.map((locale) => {
      const demo = new Set(flatKeys(DEMO_RESOURCES[locale as keyof typeof DEMO_RESOURCES] ?? {}).map((k) => `demo: ${k}`));
      const own = docusaurus.get(locale) ?? new Set<string>();
      const missing = [...[...english].filter((k) => !demo.has(k)), ...[...union].filter((k) => !own.has(k))];
      const onlyHere = [...own].filter((k) => locales.every((other) => other === locale || !docusaurus.get(other)?.has(k)));
      const extra = [...[...demo].filter((k) => !english.has(k)), ...(locales.length > 1 ? onlyHere : [])];
      return [locale, {missing: missing.sort(), extra: extra.sort()}];
    }),
  );
}

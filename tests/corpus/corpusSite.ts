import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, readdirSync, readFileSync, statSync, symlinkSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import {englishPathOf, localizedDocDir} from '../../src/core/i18n/paths';
import {alignToEnglish} from '../../src/core/l10n/alignment';
import {isInSync} from '../../src/core/l10n/englishStructure';
import {englishSentences} from '../../src/core/l10n/englishSentences';
import {readLocalizedDoc} from '../../src/core/l10n/localizedDoc';

/** Real localized doc sets we did not write: see tests/__fixtures__/corpus/SOURCES.md. */
export const CORPUS = join(__dirname, '../__fixtures__/corpus');

/**
 * Where each set's DocFX root is published on Microsoft Learn (`import --learn-url folder=url`), so
 * links to its pages that the corpus does not hold go there.
 */
export const LEARN_URLS: Readonly<Record<string, string>> = {
  'architecture-center': 'docs=https://learn.microsoft.com/azure/architecture/',
  aspnetcore: 'aspnetcore=https://learn.microsoft.com/aspnet/core/',
  edge: 'microsoft-edge=https://learn.microsoft.com/microsoft-edge/',
  'ef-core': 'entity-framework=https://learn.microsoft.com/ef/',
  'mixed-reality': 'mixed-reality-docs=https://learn.microsoft.com/windows/mixed-reality/',
  nuget: 'docs=https://learn.microsoft.com/nuget/',
  'office-add-ins': 'docs=https://learn.microsoft.com/office/dev/add-ins/',
  'office-scripts': 'docs=https://learn.microsoft.com/office/dev/scripts/',
};

/** One localized doc set of the corpus: `<name>/<locale>/`, mounted under docs/<name>/. */
export interface CorpusSet {
  name: string;
  locale: string;
  dir: string;
}

/** The corpus's sets, or those of one of its folders (`older` holds earlier versions of some files). */
export function corpusSets(root = CORPUS): CorpusSet[] {
  return readdirSync(root)
    .filter((name) => name !== 'older' && statSync(join(root, name)).isDirectory())
    .flatMap((name) => readdirSync(join(root, name)).map((locale) => ({name, locale, dir: join(root, name, locale)})))
    .sort((a, b) => `${a.name}/${a.locale}`.localeCompare(`${b.name}/${b.locale}`));
}

/** What a site build reads, copied into `dir`; node_modules is linked. */
export function copySite(dir: string, siteDir = process.cwd()): void {
  for (const entry of ['docs', 'i18n', 'src', 'static', 'docusaurus.config.ts', 'sidebars.ts', 'package.json', 'tsconfig.json', 'tsconfig.base.json']) {
    cpSync(join(siteDir, entry), join(dir, entry), {recursive: true, filter: (source) => !source.split(sep).includes('__tests__')});
  }
  symlinkSync(join(siteDir, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

/** Builds the site in `siteDir` into `outDir`; throws with the build's output when it fails. */
export function buildSite(siteDir: string, outDir: string, env: NodeJS.ProcessEnv = {}): {output: string; seconds: number} {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(siteDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', '--out-dir', outDir], {
    cwd: siteDir,
    encoding: 'utf8',
    env: {...process.env, ...env},
    maxBuffer: 256 * 1024 * 1024,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`docusaurus build failed (exit ${result.status}):\n${output.slice(-4000)}`);
  return {output, seconds: (performance.now() - started) / 1000};
}

/** The Markdown files under a folder, relative to it with forward slashes. */
function markdownUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.split(sep).join('/'));
}

/** The ids of a localized file's span pairs. */
export function pairIds(text: string): string[] {
  // Machine translation sometimes wrote the tags' quotes as &quot;.
  return [...text.matchAll(/<span data-ttu-id=(?:"|&quot;)([^"&]+)(?:"|&quot;)>/g)].map((m) => m[1] ?? '');
}

/**
 * The pairs of a localized file whose English has words: a pair of symbols alone (a table's ✔), of
 * code alone, of an image alone, or of a piece of an image the tool cut in two translates no sentence.
 */
export function sentencePairs(text: string): number {
  // Machine translation sometimes wrote the tags' quotes as &quot;.
  return [...text.matchAll(/<span data-stu-id=(?:"|&quot;)[^"&]+(?:"|&quot;)>([\s\S]*?)<\/span><\/span>/g)]
    .map((m) => (m[1] ?? '').trim())
    .filter((source) => !/^!\[[^\]]*$|^[^[]*\]\([^)\s]*\)$/.test(source))
    .filter((source) => /[\p{L}\p{N}]/u.test(source.replace(/!\[[^\]]*\]\([^)]*\)|`[^`]*`|<[^>]*>|&\w+;/g, ''))).length;
}

/** The rendered prose of an article: no scripts, styles, code or tags (code shows markup as it is: `<span asp-validation-for>`). */
export function visibleText(html: string): string {
  const article = /<article[\s\S]*<\/article>/.exec(html)?.[0] ?? html;
  return article
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<pre[\s\S]*?<\/pre>|<code[\s\S]*?<\/code>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/**
 * Source syntax that must never show as text on a built page (outside code). A span tag with
 * attributes never belongs in prose; a bare `<span>` may (ASP.NET Core writes `**\\<span>** element`).
 */
export const LEAKS = ['data-ttu-id', 'sxs-lookup', '[!INCLUDE', '[!div', '[!VIDEO', ':::', '#tab/', '<span '];

export interface BuiltCorpus {
  /** Span pairs of the imported pages and include files. */
  pairs: number;
  /** Of them, those rendered as a bilingual segment on their page (an include's on a page that includes it). */
  rendered: number;
  missing: string[];
  /** Translations left out of their page because the current English no longer has their sentence (not counted in `pairs`, nor are wordless pairs left out with them). */
  leftOut: number;
  /** What the pages' notices say was left out, summed. */
  noticedLeftOut: number;
  /** `page: syntax` for each kind of source syntax shown as text on a page. */
  leaks: string[];
  pages: number;
}

/** The built HTML of a doc, if Docusaurus made one (`a/index` and `a/a` are served as `a`). */
function builtPage(outDir: string, locale: string, docId: string): string | undefined {
  const base = join(outDir, locale === 'en' ? '' : locale, 'docs');
  const parts = docId.split('/');
  const folder = parts.slice(0, -1).join('/');
  const last = parts.at(-1);
  const candidates = [docId, ...(last === 'index' || last === parts.at(-2) ? [folder] : [])].map((id) => join(base, `${id}.html`));
  return candidates.find((c) => existsSync(c));
}

/**
 * The pairs of a localized page the site leaves out, reading it on the current English structure:
 * those no sentence of the current English takes (translations of dropped English, and wordless
 * pairs such as a table's ✔), and how many of them are translations (what the page's notice counts).
 */
function leftOutOf(path: string): {ids: Set<string>; translations: number} {
  const englishPath = englishPathOf(path);
  if (!englishPath || !existsSync(englishPath)) return {ids: new Set(), translations: 0};
  const english = readFileSync(englishPath, 'utf8');
  const doc = readLocalizedDoc(path, readFileSync(path, 'utf8'));
  if (isInSync(doc, english)) return {ids: new Set(), translations: 0};
  const {units, obsolete} = alignToEnglish(doc.segments, english, englishSentences(english));
  const taken = new Set(units.flatMap((u) => (u.segment ? [u.segment.id] : [])));
  return {ids: new Set(doc.segments.filter((s) => !taken.has(s.id)).map((s) => s.id)), translations: obsolete.length};
}

/** Measures what of each imported localized file reached its built page, and what syntax leaked. */
export function measureBuiltCorpus(siteDir: string, outDir: string, sets: readonly CorpusSet[]): BuiltCorpus {
  const result: BuiltCorpus = {pairs: 0, rendered: 0, missing: [], leftOut: 0, noticedLeftOut: 0, leaks: [], pages: 0};
  for (const {name, locale} of sets) {
    const root = join(siteDir, localizedDocDir(locale), name);
    const files = markdownUnder(root);
    const segmentsOf = new Map<string, Set<string>>();
    const html = new Map<string, string>();
    for (const file of files) {
      // The English page built from the set is checked for leaks as well.
      const english = builtPage(outDir, 'en', `${name}/${file.replace(/\.md$/, '')}`);
      const englishText = english ? visibleText(readFileSync(english, 'utf8')) : '';
      for (const leak of LEAKS) if (englishText.includes(leak)) result.leaks.push(`${relative(outDir, english ?? '')}: ${leak}`);
      const page = builtPage(outDir, locale, `${name}/${file.replace(/\.md$/, '')}`);
      if (!page) continue;
      const text = readFileSync(page, 'utf8');
      html.set(file, text);
      result.noticedLeftOut += Number(/data-english-obsolete="?(\d+)/.exec(text)?.[1] ?? 0);
      segmentsOf.set(file, new Set([...text.matchAll(/data-seg="?([^"\s>]+)/g)].map((m) => m[1] ?? '')));
      for (const leak of LEAKS) if (visibleText(text).includes(leak)) result.leaks.push(`${relative(outDir, page)}: ${leak}`);
    }
    result.pages += html.size;
    const anywhere = new Set([...segmentsOf.values()].flatMap((s) => [...s]));
    const sources = files.map((file) => readFileSync(join(root, file), 'utf8'));
    // An include file none of the imported pages includes is on no page.
    // The include paths the pages name, without their leading ~/, ./ and ../ (relative to a page, so compared by their tail).
    const includes = sources.flatMap((text) =>
      [...text.matchAll(/\[!INCLUDE\s*\[[^\]]*\]\(\s*<?([^)\s>]+)/gi)].map((m) => (m[1] ?? '').replace(/^(?:~\/|\.{1,2}\/)+/, '')),
    );
    const included = (file: string) => includes.some((path) => file === path || file.endsWith(`/${path}`));
    for (const file of files) {
      if (!html.has(file) && !included(file)) continue;
      // Included files are rendered as they are, into the pages that include them.
      const leftOut = html.has(file) ? leftOutOf(join(root, file)) : {ids: new Set<string>(), translations: 0};
      result.leftOut += leftOut.translations;
      const ids = pairIds(readFileSync(join(root, file), 'utf8')).filter((id) => !leftOut.ids.has(id));
      const own = segmentsOf.get(file) ?? anywhere;
      const missing = ids.filter((id) => !own.has(id));
      result.pairs += ids.length;
      result.rendered += ids.length - missing.length;
      if (missing.length) result.missing.push(`${locale}/${name}/${file}: ${missing.length} of ${ids.length} (${missing.slice(0, 3).join(', ')}…)`);
    }
  }
  return result;
}

import {cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {LOCALES, TRANSLATED_LOCALES} from '../../src/core/i18n/locales';
import {localizedDocDir} from '../../src/core/i18n/paths';
import {splitTrailingCjkPunctuation} from '../../src/core/markdown/autolinkPunctuation';
import {replaceSegments} from '../../src/core/markdown/spanPairs';
import {readLocalizedDoc} from '../../src/core/l10n/localizedDoc';
import {loadProject} from '../../src/project/project';
import {computeStatus} from '../../src/project/status';
import {markdownFiles} from '../../src/project/markdownFiles';

/**
 * A bare URL followed by CJK punctuation ("http://localhost:5000。") breaks a plain Docusaurus
 * build (our site has a plugin for it), so the plain site gets it as a CommonMark <autolink>.
 */
function bracketCjkAutolinks(text: string): string {
  return text.replace(/(?<![<(\w])https?:\/\/[^\s<>()]+/g, (found) => {
    const {url, trailing} = splitTrailingCjkPunctuation(found);
    return trailing ? `<${url}>${trailing}` : found;
  });
}

/** Our two non-doc pages as plain Markdown pages: the home page and the translation status, as tables. */
async function plainPages(siteDir: string): Promise<Record<string, string>> {
  const status = await computeStatus(loadProject(siteDir));
  const tables = status.map(({locale, percent, pages}) =>
    [
      `## ${locale}: ${percent} %`,
      '',
      '| page | total | translated | stale | untranslated | obsolete |',
      '|-|-|-|-|-|-|',
      ...pages.map((p) => `| ${p.page} | ${p.total} | ${p.translated} | ${p.stale} | ${p.untranslated} | ${p.obsolete} |`),
    ].join('\n'),
  );
  return {
    'index.md':
      '# WebSockets, bilingual\n\nASP.NET Core WebSockets documentation in four languages.\n\n- [WebSockets](/docs/websockets)\n- [CloseOutputAsync](/docs/api/closeoutputasync)\n',
    'translation-status.md': `# Translation status\n\n${tables.join('\n\n')}\n`,
  };
}

/**
 * The baseline of the build and page-weight benches: a plain Docusaurus classic site with our
 * pages as plain Markdown (each localized sentence is its translation only, or with `pairs: 'as-is'`
 * the localized files unchanged, both languages in their raw HTML spans; DocFX syntax left as text;
 * the home and translation status pages as Markdown pages) and none of our plugins or theme components. It uses this repository's node_modules, so both sites build with the same Docusaurus.
 */
export async function createPlainSite(siteDir: string, {faster, pairs = 'translation'}: {faster: boolean; pairs?: 'translation' | 'as-is'}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'plain-site-'));
  symlinkSync(join(siteDir, 'node_modules'), join(dir, 'node_modules'), 'dir');
  cpSync(join(siteDir, 'docs'), join(dir, 'docs'), {recursive: true});
  for (const locale of TRANSLATED_LOCALES) {
    const target = join(dir, localizedDocDir(locale));
    cpSync(join(siteDir, localizedDocDir(locale)), target, {recursive: true});
    for (const file of markdownFiles(target)) {
      const text = readFileSync(file, 'utf8');
      const translated = pairs === 'as-is' ? text : replaceSegments(text, readLocalizedDoc(file, text).segments, (s) => s.target);
      writeFileSync(file, bracketCjkAutolinks(translated));
    }
  }
  mkdirSync(join(dir, 'src/pages'), {recursive: true});
  for (const [name, text] of Object.entries(await plainPages(siteDir))) writeFileSync(join(dir, 'src/pages', name), text);
  const {browserslist} = JSON.parse(readFileSync(join(siteDir, 'package.json'), 'utf8')) as {browserslist: unknown};
  writeFileSync(join(dir, 'package.json'), JSON.stringify({name: 'plain-classic-site', private: true, browserslist}, null, 2));
  const config = {
    title: 'Plain classic site',
    url: 'http://127.0.0.1',
    baseUrl: '/',
    onBrokenLinks: 'warn',
    markdown: {format: 'detect', hooks: {onBrokenMarkdownLinks: 'warn', onBrokenMarkdownImages: 'warn'}},
    i18n: {defaultLocale: 'en', locales: [...LOCALES]},
    future: {faster, v4: true},
    // Folder names like `2.x` are versions, not ordering prefixes: with Docusaurus' parser two sample
    // READMEs (`samples/2.x/…`, `samples/3.x/…`) get the same id and the build fails.
    presets: [['classic', {docs: {numberPrefixParser: false}, blog: false}]],
    themeConfig: {navbar: {title: 'Plain classic site', items: [{type: 'docSidebar', sidebarId: 'defaultSidebar', label: 'Docs', position: 'left'}]}},
  };
  // What any site needs to build imported DocFX sets at all, and nothing of ours: repeated folder
  // names (`docs/`, `includes/`) need sidebar keys, DocFX writes keywords as one string, and
  // version folders are not number prefixes.
  writeFileSync(
    join(dir, 'docusaurus.config.js'),
    `const config = ${JSON.stringify(config, null, 2)};
config.presets[0][1].docs.sidebarItemsGenerator = ({defaultSidebarItemsGenerator, ...args}) =>
  defaultSidebarItemsGenerator({...args, categoriesMetadata: new Proxy(args.categoriesMetadata, {get: (m, key) => ({key, ...m[key]})})});
config.markdown.parseFrontMatter = async (params) => {
  const result = await params.defaultParseFrontMatter(params);
  const {keywords} = result.frontMatter;
  return typeof keywords === 'string' ? {...result, frontMatter: {...result.frontMatter, keywords: keywords.split(/[,，、]/)}} : result;
};
module.exports = config;
`,
  );
  return dir;
}

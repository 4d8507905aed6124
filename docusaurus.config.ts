import path from 'node:path';
import type {Config} from '@docusaurus/types';
import type {PluggableList} from 'unified';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';
import {DEFAULT_LOCALE, LOCALES, LOCALE_LABELS} from './src/core/i18n/locales';
import {normalizeSourceLinks} from './src/core/i18n/sourceLinks';
import type * as SiteModules from './src/docusaurus/siteModules';

// Docusaurus loads this file afresh for each locale it builds, and with it every module it imports
// (jiti, without a require cache): our remark plugins, parsers and l10n analysis, with unified and
// micromark. A production build loads them once per process instead (about 0.6 s of four locales);
// development keeps loading them afresh, so edits show on reload.
const SITE_MODULES = Symbol.for('websocket-docs.siteModules');
const loaded = globalThis as {[SITE_MODULES]?: typeof SiteModules};
const {
  remarkBilingualSegments,
  remarkCjkAutolinks,
  remarkCodeIncludes,
  remarkDocfxAlerts,
  remarkDocfxIncludes,
  remarkDocfxLinks,
  remarkEnglishDrift,
  remarkHeadingAnchors,
  remarkHeadingBreaks,
  remarkHtmlBlocks,
  remarkInertHtml,
  remarkPlainElements,
  remarkMonikers,
  remarkPageGuard,
  remarkReportMessages,
  remarkUnparseableLinks,
  remarkSharedAssets,
  pageFrontMatter,
  splitFrontMatter,
  dedentTripleColon,
  escapeTableCodePipes,
  markTripleColon,
  repairEscapedTagQuotes,
  readOnCurrentEnglish,
  englishArticleOf,
  remarkDocfxBlocks,
  remarkDocfxTabs,
  sidebarItems,
  beforePaintPlugin,
  contentDependenciesPlugin,
  docsPlugin,
  lazyPrismPlugin,
  localDatesPlugin,
  precompressPlugin,
  prismThemeCssPlugin,
  searchIndexPlugin,
  sitemapPlugin,
  translationStatusPlugin,
  withTranslatedIn,
  DARK_CODE_THEME,
  LIGHT_CODE_THEME,
}: typeof SiteModules =
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- require, not import: see above; jiti gives each locale a fresh copy otherwise
  process.env.NODE_ENV === 'production' ? (loaded[SITE_MODULES] ??= require('./src/docusaurus/siteModules')) : require('./src/docusaurus/siteModules');

const siteUrl = process.env.SITE_URL ?? 'http://localhost:5000';
// Where "Edit this page" and "Report a translation problem" go (README: "Public URL, sitemaps…").
const sourceLinks = normalizeSourceLinks({repoUrl: process.env.REPO_URL, branch: process.env.REPO_BRANCH, reportUrl: process.env.REPORT_URL});

// Imported doc sets often refer to what they did not bring (samples, images, pages not imported),
// and machine translations hold the odd malformed pair. Those are warnings: a notice stands in for
// a missing sample, a malformed block reads in English, and a page that cannot be built at all
// becomes an error page. L10N_STRICT=true makes every one an error; CI=true alone does not, since
// every CI service sets it for a team's own builds.
const strictContent = process.env.L10N_STRICT === 'true';

/**
 * DocFX indents the content of rows and columns, which CommonMark would read as code; its `:::`
 * marker lines become comments that stay blocks of their own (remarkDocfxBlocks reads them); span
 * tags whose quotes machine translation wrote as `&quot;` are repaired, as the CLI reads them. A
 * localized page (not an included file) is read against the current English first. A `|` in a table
 * cell's inline code stays in the cell, as DocFX reads it.
 */
const preprocessDocfx = (text: string, pagePath?: string) => {
  const repaired = repairEscapedTagQuotes(text);
  const current = escapeTableCodePipes(pagePath ? readOnCurrentEnglish(pagePath, repaired) : repaired);
  return markTripleColon(dedentTripleColon(current)?.text ?? current);
};

/** What a page goes through before Docusaurus' own plugins; an included file goes through the same. */
const pagePlugins: PluggableList = [
  remarkHeadingAnchors,
  remarkEnglishDrift,
  [remarkBilingualSegments, {defaultLocale: DEFAULT_LOCALE, onMalformed: strictContent ? 'error' : 'warn'}],
  remarkCjkAutolinks,
  remarkHeadingBreaks,
  [remarkCodeIncludes, {onMissingSample: strictContent ? 'fail' : 'warn'}],
  remarkHtmlBlocks,
  remarkDocfxAlerts,
  remarkDocfxBlocks,
  remarkDocfxTabs,
  remarkMonikers,
  [remarkDocfxLinks, {xrefMap: path.resolve(__dirname, 'src/data/xrefmap.json'), docsDir: path.resolve(__dirname, 'docs')}],
  [remarkSharedAssets, {siteDir: __dirname}],
  remarkUnparseableLinks,
];

/** A Prism theme with no colours: code tokens keep their classes and take colours from CSS. */
const CSS_COLOURED = {plain: {}, styles: []};

/** The docs plugin's options, with ours: an imported doc set of 50 pages or more gets a sidebar of its own. */
const docsOptions = {
  sidebarPath: './sidebars.ts',
  sidebarItemsGenerator: sidebarItems,
  // A localized page edits its localized file; a page a locale has not translated, the English.
  editUrl: sourceLinks.editBase,
  editLocalizedFiles: true,
  // Page ids such as "3427-websocketcloseoutputsent" start with a number that is part of the name.
  numberPrefixParser: false,
  // Span pairs become segments before the heading and table-of-contents plugins run. An included
  // file goes through the same plugins as a file of its own, then replaces its include.
  beforeDefaultRemarkPlugins: [
    // First: a page that fails anywhere in its compile becomes an error page (see pageGuard.ts).
    [remarkPageGuard, {strict: strictContent, englishOf: (path: string) => englishArticleOf(path, (text) => preprocessDocfx(text))}],
    ...pagePlugins,
    [
      remarkDocfxIncludes,
      {siteDir: __dirname, plugins: pagePlugins, preprocess: (text: string) => preprocessDocfx(text), onMissing: strictContent ? 'fail' : 'warn'},
    ],
  ],
  // DocFX include files are parts of pages, not pages; a DocFX TOC.md is a sidebar (see sidebarItems.ts).
  exclude: ['**/_*.{js,jsx,ts,tsx,md,mdx}', '**/_*/**', '**/*.test.{js,jsx,ts,tsx}', '**/__tests__/**', '**/includes/**', '**/{toc,TOC}.md'],
  remarkPlugins: [remarkInertHtml, remarkPlainElements, remarkReportMessages],

  setRootMinDocs: 50,
} satisfies DocsOptions & {setRootMinDocs: number};

const config: Config = {
  title: 'WebSockets, bilingual',
  tagline: 'ASP.NET Core WebSockets documentation in four languages, with live demos',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl: '/',
  trailingSlash: false,
  onBrokenLinks: strictContent ? 'throw' : 'warn',
  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: [...LOCALES],
    // Each locale's base URL said outright: `build --locale zh-TW` alone would otherwise build it at /,
    // and locales built apart (on separate machines) would not merge into one site (README: Building in parallel).
    localeConfigs: Object.fromEntries(
      LOCALES.map((locale) => [locale, {label: LOCALE_LABELS[locale], htmlLang: locale, baseUrl: locale === DEFAULT_LOCALE ? '/' : `/${locale}/`}]),
    ),
  },
  markdown: {
    // Imported content is CommonMark: MDX would break on `<xref:…>` and braces in the text.
    format: 'detect',
    // HTML comments stay in the tree: the DocFX preprocessor marks its `:::` lines with them.
    mdx1Compat: {comments: false},
    preprocessor: ({filePath, fileContent}) => preprocessDocfx(fileContent, filePath),
    parseFrontMatter: async (params) => {
      // Front matter that is not YAML costs its page the front matter, not the site (fatal when strict).
      const {data, body, error} = splitFrontMatter(params.fileContent);
      if (error && !strictContent) {
        process.stderr.write(
          `[WARNING] ${path.relative(__dirname, params.filePath)}:${error.line}:${error.column}: front matter is not YAML (${error.message}); the page is built without it (front-matter:invalid-yaml)\n`,
        );
        return {frontMatter: await withTranslatedIn(__dirname, params.filePath, pageFrontMatter(params.filePath, data, body)), content: body};
      }
      const result = await params.defaultParseFrontMatter(params);
      return {...result, frontMatter: await withTranslatedIn(__dirname, params.filePath, pageFrontMatter(params.filePath, result.frontMatter, result.content))};
    },
    hooks: {onBrokenMarkdownLinks: strictContent ? 'throw' : 'warn', onBrokenMarkdownImages: strictContent ? 'throw' : 'warn'},
  },
  // DOCUSAURUS_FASTER=false builds with webpack and Babel instead, for the parity test and the build bench.
  future: {
    faster: process.env.DOCUSAURUS_FASTER !== 'false',
    v4: {removeLegacyPostBuildHeadAttribute: true},
    // No page shows Git dates (showLastUpdateTime/Author are off), so the build need not read the history.
    experimental_vcs: 'disabled',
  },
  presets: [
    [
      'classic',
      {
        // Docusaurus' docs plugin, wrapped (docsPlugin) and listed in plugins.
        docs: false,
        blog: false,
        // sitemapPlugin writes the sitemaps, with each page's translations.
        sitemap: false,
        theme: {customCss: ['./src/css/custom.css', './src/css/bilingual.css']},
      } satisfies Preset.Options,
    ],
  ],
  // One Tab stop per block of sentences, the arrow keys within it (a roving tabindex); in Side by
  // side, a copy across sentences holds one language.
  // `npm run translate` (TRANSLATE_MODE=1) adds the editor; a build or `npm start` has none of its code.
  clientModules: [
    require.resolve('./src/components/ReadingMode/segmentKeys.ts'),
    require.resolve('./src/components/ReadingMode/copyOneLanguage.ts'),
    ...(process.env.TRANSLATE_MODE === '1' ? [require.resolve('./src/translate/editor.ts')] : []),
  ],
  plugins: [
    [docsPlugin, docsOptions],
    beforePaintPlugin,
    translationStatusPlugin,
    contentDependenciesPlugin,
    localDatesPlugin,
    lazyPrismPlugin,
    // Before precompressPlugin: its postBuild waits for the files these write.
    searchIndexPlugin,
    sitemapPlugin,
    precompressPlugin,
    [prismThemeCssPlugin, {light: LIGHT_CODE_THEME, dark: DARK_CODE_THEME}],
  ],
  // `npm run dev` points the demos at its separate echo server; built sites use their own origin.
  customFields: {echoServer: process.env.ECHO_SERVER ?? '', reportTemplate: sourceLinks.reportTemplate, translateMode: process.env.TRANSLATE_MODE === '1'},
  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'WebSockets, bilingual',
      logo: {alt: 'Logo', src: 'img/favicon.svg'},
      items: [
        // A link, not a docSidebar item: that one looks the page up in the docs' global data, which holds only the site's own pages (docsPlugin.ts).
        {to: '/docs/websockets', position: 'left', label: 'Docs', activeBaseRegex: '/docs(/|$)'},
        {to: '/translation-status', position: 'left', label: 'Translation status'},
        {type: 'custom-readingMode', position: 'right'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      copyright:
        'Article content adapted from Microsoft Docs (ASP.NET Core, .NET Framework and WCF documentation), © Microsoft, licensed under <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>; translations by Microsoft. Site code © the project authors.',
    },
    // Colours come from prismThemeCssPlugin's style sheet, so the markup is the same in both modes.
    prism: {theme: CSS_COLOURED, darkTheme: CSS_COLOURED, additionalLanguages: ['csharp']},
  } satisfies Preset.ThemeConfig,
};

export default config;

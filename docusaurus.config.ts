import path from 'node:path';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {DEFAULT_LOCALE, LOCALES, LOCALE_LABELS} from './src/i18n/locales';
import remarkBilingualSegments from './src/remark/bilingualSegments';
import remarkCjkAutolinks from './src/remark/cjkAutolinks';
import remarkCodeIncludes from './src/remark/codeIncludes';
import remarkDocfxAlerts from './src/remark/docfxAlerts';
import remarkDocfxLinks from './src/remark/docfxLinks';
import remarkEnglishDrift from './src/remark/englishDrift';
import remarkHeadingAnchors from './src/remark/headingAnchors';
import remarkInertHtml from './src/remark/inertHtml';
import remarkMonikers from './src/remark/monikers';
import beforePaintPlugin from './src/plugins/beforePaintPlugin';
import contentDependenciesPlugin from './src/plugins/contentDependenciesPlugin';
import localDatesPlugin from './src/plugins/localDatesPlugin';
import lazyPrismPlugin from './src/plugins/lazyPrismPlugin';
import prismThemeCssPlugin from './src/plugins/prismThemeCssPlugin';
import {DARK_CODE_THEME, LIGHT_CODE_THEME} from './src/prism/themes';
import translationStatusPlugin from './src/plugins/translationStatusPlugin';

const siteUrl = process.env.SITE_URL ?? 'http://localhost:5000';

/** A Prism theme with no colours: code tokens keep their classes and take colours from CSS. */
const CSS_COLOURED = {plain: {}, styles: []};

const config: Config = {
  title: 'WebSockets, bilingual',
  tagline: 'ASP.NET Core WebSockets documentation in four languages, with live demos',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl: '/',
  trailingSlash: false,
  onBrokenLinks: 'throw',
  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: [...LOCALES],
    localeConfigs: Object.fromEntries(LOCALES.map((locale) => [locale, {label: LOCALE_LABELS[locale], htmlLang: locale}])),
  },
  markdown: {
    // Imported content is CommonMark: MDX would break on `<xref:…>` and braces in the text.
    format: 'detect',
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
  },
  // DOCUSAURUS_FASTER=false builds with webpack and Babel instead, for the parity test and the build bench.
  future: {faster: process.env.DOCUSAURUS_FASTER !== 'false', v4: {removeLegacyPostBuildHeadAttribute: true}},
  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          // Page ids such as "3427-websocketcloseoutputsent" start with a number that is part of the name.
          numberPrefixParser: false,
          // Span pairs become segments before the heading and table-of-contents plugins run.
          beforeDefaultRemarkPlugins: [
            remarkHeadingAnchors,
            remarkEnglishDrift,
            [remarkBilingualSegments, {defaultLocale: DEFAULT_LOCALE}],
            remarkCjkAutolinks,
            remarkCodeIncludes,
            remarkDocfxAlerts,
            remarkMonikers,
            [remarkDocfxLinks, {xrefMap: path.resolve(__dirname, 'src/data/xrefmap.json')}],
          ],
          remarkPlugins: [remarkInertHtml],
        },
        blog: false,
        theme: {customCss: ['./src/css/custom.css', './src/css/bilingual.css']},
      } satisfies Preset.Options,
    ],
  ],
  plugins: [
    beforePaintPlugin,
    translationStatusPlugin,
    contentDependenciesPlugin,
    localDatesPlugin,
    lazyPrismPlugin,
    [prismThemeCssPlugin, {light: LIGHT_CODE_THEME, dark: DARK_CODE_THEME}],
  ],
  // `npm run dev` points the demos at its separate echo server; built sites use their own origin.
  customFields: {echoServer: process.env.ECHO_SERVER ?? ''},
  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'WebSockets, bilingual',
      logo: {alt: 'Logo', src: 'img/favicon.svg'},
      items: [
        {type: 'docSidebar', sidebarId: 'docs', position: 'left', label: 'Docs'},
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

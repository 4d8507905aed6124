/** What docusaurus.config.ts loads once per build process: our remark plugins and Docusaurus plugins. */
export {default as remarkBilingualSegments} from './remark/bilingualSegments';
export {default as remarkCjkAutolinks} from './remark/cjkAutolinks';
export {default as remarkCodeIncludes} from './remark/codeIncludes';
export {default as remarkDocfxAlerts} from './remark/docfxAlerts';
export {default as remarkDocfxLinks} from './remark/docfxLinks';
export {default as remarkEnglishDrift} from './remark/englishDrift';
export {default as remarkHeadingAnchors} from './remark/headingAnchors';
export {default as remarkInertHtml} from './remark/inertHtml';
export {default as remarkMonikers} from './remark/monikers';
export {default as remarkReportMessages} from './remark/reportMessages';
export {default as beforePaintPlugin} from './plugins/beforePaintPlugin';
export {default as contentDependenciesPlugin} from './plugins/contentDependenciesPlugin';
export {default as lazyPrismPlugin} from './plugins/lazyPrismPlugin';
export {default as localDatesPlugin} from './plugins/localDatesPlugin';
export {default as precompressPlugin} from './plugins/precompressPlugin';
export {default as prismThemeCssPlugin} from './plugins/prismThemeCssPlugin';
export {default as translationStatusPlugin} from './plugins/translationStatusPlugin';
export {DARK_CODE_THEME, LIGHT_CODE_THEME} from './prism/themes';

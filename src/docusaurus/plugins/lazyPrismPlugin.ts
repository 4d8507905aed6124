import type {Plugin} from '@docusaurus/types';

/**
 * The classic theme registers extra Prism languages from a client module, which puts Prism and all
 * its grammars in every page's start-up bundle. Our code blocks register them where they load the
 * highlighter (src/theme/CodeBlock/Content/HighlightedCode.tsx), so that client module is emptied.
 */
export default function lazyPrismPlugin(): Plugin {
  const startupModule = require.resolve('@docusaurus/theme-classic/lib/prism-include-languages').replace(/\.js$/, '');
  return {
    name: 'lazy-prism',
    configureWebpack() {
      return {resolve: {alias: {[`${startupModule}$`]: false}}};
    },
  };
}

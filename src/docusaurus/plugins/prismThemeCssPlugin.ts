import type {LoadContext, Plugin} from '@docusaurus/types';
import type {PrismTheme} from 'prism-react-renderer';
import {prismThemeCss} from '../prism/themeCss';

export interface PrismThemeCssOptions {
  light: PrismTheme;
  dark: PrismTheme;
}

function isTheme(value: unknown): value is PrismTheme {
  const theme = value as PrismTheme | undefined;
  return typeof theme === 'object' && theme !== null && typeof theme.plain === 'object' && Array.isArray(theme.styles);
}

/**
 * Code colours as CSS, one inline style sheet per page for the light and the dark Prism theme.
 * Docusaurus' own prism themes put them in inline styles, which differ by colour mode, so every
 * code block is rendered twice in the browser; with `themeConfig.prism` set to an empty theme and
 * these rules instead, the server's markup is right in both modes.
 */
export default function prismThemeCssPlugin(_context: LoadContext, raw: unknown): Plugin {
  const options = raw as Partial<PrismThemeCssOptions> | undefined;
  for (const mode of ['light', 'dark'] as const) {
    if (!isTheme(options?.[mode])) {
      throw new TypeError(
        `prism-theme-css: option "${mode}" is ${JSON.stringify(options?.[mode])}; expected a prism-react-renderer theme ({plain, styles}), e.g. themes.github`,
      );
    }
  }
  const {light, dark} = options as PrismThemeCssOptions;
  const css = [prismThemeCss(light, "html:not([data-theme='dark'])"), prismThemeCss(dark, "html[data-theme='dark']")].join('\n');
  return {
    name: 'prism-theme-css',
    injectHtmlTags() {
      return {headTags: [{tagName: 'style', innerHTML: css}]};
    },
  };
}

import type {PrismTheme} from 'prism-react-renderer';

type Style = Record<string, string | number | undefined>;

/** A Prism theme's styles merged per token type, in the theme's own order (as prism-react-renderer merges them). */
export function typeStyles(theme: PrismTheme): Map<string, Style> {
  const merged = new Map<string, Style>();
  for (const entry of theme.styles) {
    if (entry.languages) {
      throw new TypeError(
        `Prism theme entry for types ${JSON.stringify(entry.types)} is limited to languages ${JSON.stringify(entry.languages)}; only themes without language-specific entries can become CSS`,
      );
    }
    for (const type of entry.types) merged.set(type, {...merged.get(type), ...(entry.style as Style)});
  }
  return merged;
}

function declarations(style: Style): string {
  return Object.entries(style)
    .filter(([, value]) => value !== undefined)
    .map(([property, value]) => `${property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${value}`)
    .join(';');
}

/**
 * The order of the rules. prism-react-renderer merges a token's styles in the order of its types,
 * outer tokens first (`tag attr-value punctuation`); CSS resolves equal selectors by rule order
 * instead. So types that contain other tokens come first, outermost first, and leaf types last. The lists cover the
 * grammars our pages use; a test checks every token of our samples against prism-react-renderer.
 */
const OUTER_TYPES = ['tag', 'attr-value', 'preprocessor', 'property', 'class-name', 'constructor-invocation', 'return-type', 'function-variable'];
const INNER_TYPES = ['attr-name', 'punctuation', 'operator'];

function rank(type: string): number {
  if (OUTER_TYPES.includes(type)) return OUTER_TYPES.indexOf(type);
  return OUTER_TYPES.length + (INNER_TYPES.includes(type) ? 1 + INNER_TYPES.indexOf(type) : 0);
}

/**
 * A Prism theme as CSS under `scope`: the code block's colours as the `--prism-color` and
 * `--prism-background-color` variables the classic theme reads, and one rule per token type.
 * With the colours in CSS instead of inline styles, highlighted markup is the same in light and
 * dark mode, so code blocks need not be rendered again after hydration.
 */
export function prismThemeCss(theme: PrismTheme, scope: string): string {
  const {color, backgroundColor} = theme.plain;
  const rules = [`${scope}{--prism-color:${color};--prism-background-color:${backgroundColor}}`];
  const types = [...typeStyles(theme)].sort(([a], [b]) => rank(a) - rank(b));
  for (const [type, style] of types) rules.push(`${scope} .token.${CSS_IDENT.test(type) ? type : invalidType(type)}{${declarations(style)}}`);
  return rules.join('\n');
}

const CSS_IDENT = /^[a-z][a-z0-9-]*$/i;

function invalidType(type: string): never {
  throw new TypeError(`Prism token type ${JSON.stringify(type)} is not a CSS class name; expected letters, digits and hyphens`);
}

import {readdirSync, readFileSync, statSync} from 'node:fs';
import {extname, join} from 'node:path';
import {normalizeTokens, Prism, type PrismTheme} from 'prism-react-renderer';
import {describe, expect, it} from 'vitest';
import {registerPrismLanguages} from '../../../components/CodeBlock/registerLanguages';
import {prismThemeCss, typeStyles} from '../themeCss';
import {DARK_CODE_THEME, LIGHT_CODE_THEME} from '../themes';

type Style = Record<string, unknown>;

const THEME: PrismTheme = {
  plain: {color: '#111', backgroundColor: '#eee'},
  styles: [
    {types: ['comment'], style: {color: '#999', fontStyle: 'italic'}},
    {types: ['punctuation', 'keyword'], style: {color: '#222'}},
    {types: ['keyword'], style: {fontWeight: 'bold'}},
  ],
};

describe('prismThemeCss', () => {
  it('writes the block colours as variables and one rule per token type, inner types last', () => {
    expect(prismThemeCss(THEME, '.s').split('\n')).toEqual([
      '.s{--prism-color:#111;--prism-background-color:#eee}',
      '.s .token.comment{color:#999;font-style:italic}',
      '.s .token.keyword{color:#222;font-weight:bold}',
      '.s .token.punctuation{color:#222}',
    ]);
  });

  it('refuses what CSS cannot express, quoting it', () => {
    const limited = {...THEME, styles: [{types: ['comment'], languages: ['css'], style: {}}]} as PrismTheme;
    expect(() => prismThemeCss(limited, '.s')).toThrow(
      new TypeError('Prism theme entry for types ["comment"] is limited to languages ["css"]; only themes without language-specific entries can become CSS'),
    );
    const odd = {...THEME, styles: [{types: ['a{b'], style: {color: 'red'}}]} as PrismTheme;
    expect(() => prismThemeCss(odd, '.s')).toThrow(new TypeError('Prism token type "a{b" is not a CSS class name; expected letters, digits and hyphens'));
  });
});

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => (statSync(join(dir, entry)).isDirectory() ? files(join(dir, entry)) : [join(dir, entry)]));
}

const LANGUAGE: Record<string, string> = {'.cs': 'csharp', '.csproj': 'markup', '.html': 'markup', '.js': 'javascript', '.css': 'css'};

/** Every token type list our sample code produces, as prism-react-renderer passes them to a token. */
function sampleTokenTypes(): string[][] {
  registerPrismLanguages(Prism, ['csharp']);
  const lists = new Map<string, string[]>();
  for (const file of files(join(__dirname, '../../../../docs/websockets/samples'))) {
    const grammar = Prism.languages[LANGUAGE[extname(file)] ?? ''];
    if (!grammar) continue;
    const lines = normalizeTokens(Prism.tokenize(readFileSync(file, 'utf8'), grammar));
    for (const token of lines.flat()) lists.set(token.types.join(' '), token.types);
  }
  return [...lists.values()];
}

/** What our CSS gives a token: each rule matching one of its types applies in rule order. */
function cascade(theme: PrismTheme, types: string[]): Style {
  const rules = prismThemeCss(theme, '.s').split('\n').slice(1);
  const byType = typeStyles(theme);
  const style: Style = {};
  for (const rule of rules) {
    const type = /\.token\.([\w-]+)\{/.exec(rule)?.[1] ?? '';
    if (types.includes(type)) Object.assign(style, byType.get(type));
  }
  return style;
}

describe('the CSS colours every token of our samples as prism-react-renderer’s inline styles did', () => {
  const lists = sampleTokenTypes();
  it.each([
    ['light', LIGHT_CODE_THEME],
    ['dark', DARK_CODE_THEME],
  ] as const)('%s', (_mode, theme) => {
    const byType = typeStyles(theme);
    expect(lists.length).toBeGreaterThan(20);
    for (const types of lists) {
      // prism-react-renderer: a token's type styles merged in the order of its types.
      const inline = Object.assign({}, ...types.map((type) => byType.get(type)));
      expect({types, style: cascade(theme, types)}).toEqual({types, style: inline});
    }
  });
});

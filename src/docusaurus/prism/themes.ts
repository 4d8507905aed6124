import {themes, type PrismTheme} from 'prism-react-renderer';

/**
 * GitHub's light theme, with the token colours that fall below 4.5:1 on its background darkened
 * (WCAG 1.4.3): the later entries override the theme's own for these types.
 */
export const LIGHT_CODE_THEME: PrismTheme = {
  ...themes.github,
  styles: [
    ...themes.github.styles,
    {types: ['attr-name', 'property', 'function'], style: {color: '#005a8c'}},
    {types: ['comment', 'prolog'], style: {color: '#5b5b4f'}},
    {types: ['string', 'attr-value', 'keyword'], style: {color: '#b0085a'}},
    {types: ['number', 'class-name'], style: {color: '#2d6b42'}},
  ],
};

export const DARK_CODE_THEME: PrismTheme = themes.dracula;

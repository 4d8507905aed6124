import type {Element, ElementContent, Root} from 'hast';
import {fromHtml} from 'hast-util-from-html';

/** One sentence of a page: as the reader sees it, and its English when the page shows both. */
export interface SearchSentence {
  /** The text in the page's language (or in English where the page shows English). */
  t: string;
  /** The English of a bilingual sentence. */
  e?: string;
  /** Set when `t` is English on a page in another language (a fallback page, an untranslated sentence). */
  en?: 1;
}

/** A page cut at its h2/h3 headings: what search indexes and shows. */
export interface SearchSection {
  /** The page's path and the heading's anchor ('' for the text before the first heading). */
  path: string;
  anchor: string;
  /** Page title and section heading in the page's language, and in English where the page shows both. */
  title: string;
  titleEn?: string;
  heading: string;
  headingEn?: string;
  sentences: SearchSentence[];
  /** Text of code blocks: found by identifiers, never shown as a sentence. */
  code: string;
}

const SKIPPED_TAGS = new Set(['nav', 'button', 'svg', 'script', 'style', 'template', 'select', 'input', 'textarea', 'noscript', 'img']);
// The mobile table of contents, the skip link and heading permalinks repeat what is indexed elsewhere.
const SKIPPED_CLASSES = ['theme-doc-toc-mobile', 'skip-to-demo', 'hash-link', 'demo-needs-js'];
const BLOCKS = new Set([
  'p',
  'li',
  'td',
  'th',
  'tr',
  'div',
  'section',
  'header',
  'blockquote',
  'dd',
  'dt',
  'figcaption',
  'table',
  'ul',
  'ol',
  'details',
  'summary',
  'h4',
  'h5',
  'h6',
]);
const SECTION_HEADINGS = new Set(['h2', 'h3']);

const classes = (node: Element): string[] => {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
};

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || skipped(node)) return '';
  return node.children.map(textOf).join('');
}

function skipped(node: Element): boolean {
  return SKIPPED_TAGS.has(node.tagName) || node.properties.dataSearchIgnore !== undefined || classes(node).some((c) => SKIPPED_CLASSES.includes(c));
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

function find(node: Root | Element, match: (e: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (match(child)) return child;
    const inner = find(child, match);
    if (inner) return inner;
  }
  return undefined;
}

/** The English and the translation of a `.bi-seg` bilingual segment. */
function segmentSides(node: Element): {t: string; e: string; tEnglish: boolean} {
  const sides = node.children.filter((c): c is Element => c.type === 'element');
  const target = sides.find((c) => classes(c).includes('bi-t'));
  const source = sides.find((c) => classes(c).includes('bi-s'));
  return {t: clean(target ? textOf(target) : ''), e: clean(source ? textOf(source) : ''), tEnglish: target?.properties.lang === 'en'};
}

/**
 * Cuts a built page into sections of sentences. The article is the doc's `<article>` (or the page's
 * `<main>`); elements marked `data-search-ignore` (notices about the page, not its content) are left
 * out. Bilingual segments give a sentence in both languages; other text is a sentence per block in
 * the language its `lang` says.
 */
export function pageSections(html: string, path: string): SearchSection[] {
  const tree = fromHtml(html);
  const htmlElement = find(tree, (e) => e.tagName === 'html');
  const pageLang = String(htmlElement?.properties.lang ?? 'en');
  const article = find(tree, (e) => e.tagName === 'article') ?? find(tree, (e) => e.tagName === 'main');
  if (!article) return [];
  const sections: SearchSection[] = [];
  let title = '';
  let titleEn: string | undefined;
  let current: SearchSection | undefined;
  let loose = '';
  let looseEnglish = false;
  const open = (anchor: string, heading: string, headingEn?: string): SearchSection => {
    current = {path, anchor, title, ...(titleEn ? {titleEn} : {}), heading, ...(headingEn ? {headingEn} : {}), sentences: [], code: ''};
    sections.push(current);
    return current;
  };
  // Text before any heading starts the title's section.
  const section = () => current ?? open('', title);
  const flush = () => {
    const t = clean(loose);
    loose = '';
    if (!t) return;
    section().sentences.push(looseEnglish && !pageLang.startsWith('en') ? {t, en: 1} : {t});
  };
  const headingText = (node: Element) => {
    const segment = find(node, (e) => classes(e).includes('bi-seg'));
    if (!segment) return {text: clean(textOf(node))};
    const {t, e} = segmentSides(segment);
    return {text: t, english: e};
  };
  const walk = (node: ElementContent, lang: string) => {
    if (node.type === 'text') {
      if (node.value.trim()) {
        if (!loose.trim()) looseEnglish = lang.startsWith('en');
        loose += node.value;
      }
      return;
    }
    if (node.type !== 'element' || skipped(node)) return;
    const nodeLang = typeof node.properties.lang === 'string' ? node.properties.lang : lang;
    if (node.tagName === 'h1') {
      flush();
      const {text, english} = headingText(node);
      title = text;
      titleEn = english;
      // Text before the title (rare) belongs to the title's section.
      if (current?.anchor === '') Object.assign(current, {title, heading: title, ...(titleEn ? {titleEn, headingEn: titleEn} : {})});
      else open('', title, titleEn);
      return;
    }
    if (SECTION_HEADINGS.has(node.tagName) && typeof node.properties.id === 'string') {
      flush();
      const {text, english} = headingText(node);
      open(node.properties.id, text, english);
      return;
    }
    if (node.tagName === 'pre') {
      flush();
      section().code += `${textOf(node)}\n`;
      return;
    }
    if (classes(node).includes('bi-seg')) {
      flush();
      const {t, e, tEnglish} = segmentSides(node);
      if (t) section().sentences.push(tEnglish ? {t, en: 1} : {t, e});
      return;
    }
    const block = BLOCKS.has(node.tagName);
    if (block) flush();
    for (const child of node.children) walk(child, nodeLang);
    if (block) flush();
  };
  walk(article, pageLang);
  flush();
  return sections.filter((s) => s.sentences.length > 0 || s.code || s.anchor);
}

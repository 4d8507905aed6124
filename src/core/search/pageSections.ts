import {Parser} from 'htmlparser2';

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
  /** A long section is indexed and stored in parts (1, 2, …) after its first: a query fetches only the part it needs. */
  part?: number;
}

const SKIPPED_TAGS = new Set(['nav', 'button', 'svg', 'script', 'style', 'template', 'select', 'input', 'textarea', 'noscript', 'img']);
// The mobile table of contents, the skip link and heading permalinks repeat what is indexed elsewhere.
const SKIPPED_CLASSES = ['theme-doc-toc-mobile', 'skip-to-demo', 'hash-link', 'demo-needs-js'];
// prettier-ignore
const BLOCKS = new Set(['p', 'li', 'td', 'th', 'tr', 'div', 'section', 'header', 'blockquote', 'dd', 'dt', 'figcaption', 'table', 'ul', 'ol', 'details', 'summary', 'h4', 'h5', 'h6']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** What an open element means for the text inside it. */
type Role = 'skip' | 'title' | 'heading' | 'code' | 'segment' | 'target' | 'source' | 'block' | 'inline';

interface Open {
  name: string;
  role: Role;
  lang: string;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Cuts a built page into sections of sentences. The article is the doc's `<article>` (or the page's
 * `<main>`); elements marked `data-search-ignore` (notices about the page, not its content) are left
 * out. Bilingual segments (`.bi-seg` holding `.bi-t` and `.bi-s`) give a sentence in both languages;
 * other text is a sentence per block, in the language its `lang` says. One streaming pass
 * (htmlparser2): a DOM of the whole page cost ten times as much on large doc sets.
 */
export function pageSections(html: string, path: string): SearchSection[] {
  const root = html.includes('<article') ? 'article' : 'main';
  const sections: SearchSection[] = [];
  const stack: Open[] = [];
  let pageLang = 'en';
  let inRoot = false;
  let skipping = 0;
  let title = '';
  let titleEn: string | undefined;
  let current: SearchSection | undefined;
  let loose = '';
  let looseEnglish = false;
  // The open heading, segment and code block collect their text here.
  let heading: {role: 'title' | 'heading'; anchor: string; plain: string; t: string; s: string; hasSegment: boolean} | undefined;
  let segment: {t: string; s: string; tEnglish: boolean} | undefined;
  let code: string | undefined;

  const open = (anchor: string, text: string, english?: string): SearchSection => {
    current = {path, anchor, title, ...(titleEn ? {titleEn} : {}), heading: text, ...(english ? {headingEn: english} : {}), sentences: [], code: ''};
    sections.push(current);
    return current;
  };
  // Text before any heading starts the title's section.
  const section = () => current ?? open('', title);
  const flush = () => {
    const t = clean(loose);
    loose = '';
    if (t) section().sentences.push(looseEnglish && !pageLang.startsWith('en') ? {t, en: 1} : {t});
  };
  const inside = (role: Role) => stack.some((o) => o.role === role);

  const roleOf = (name: string, attributes: Record<string, string>): Role => {
    const classes = (attributes.class ?? '').split(/\s+/);
    if (SKIPPED_TAGS.has(name) || 'data-search-ignore' in attributes || classes.some((c) => SKIPPED_CLASSES.includes(c))) return 'skip';
    if (name === 'h1') return 'title';
    if ((name === 'h2' || name === 'h3') && attributes.id) return 'heading';
    if (name === 'pre') return 'code';
    if (classes.includes('bi-seg')) return 'segment';
    if (segment && classes.includes('bi-t')) return 'target';
    if (segment && classes.includes('bi-s')) return 'source';
    return BLOCKS.has(name) ? 'block' : 'inline';
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'html' && attributes.lang) pageLang = attributes.lang;
        if (!inRoot) {
          if (name !== root) return;
          inRoot = true;
        }
        const role = skipping ? 'skip' : roleOf(name, attributes);
        const lang = attributes.lang ?? stack.at(-1)?.lang ?? pageLang;
        if (!VOID.has(name)) stack.push({name, role, lang});
        if (role === 'skip') {
          if (!VOID.has(name)) skipping++;
          return;
        }
        if (role === 'title' || role === 'heading' || role === 'code' || role === 'block' || (role === 'segment' && !heading)) flush();
        if (role === 'title' || role === 'heading') heading = {role, anchor: attributes.id ?? '', plain: '', t: '', s: '', hasSegment: false};
        else if (role === 'code') code = '';
        else if (role === 'segment') segment = {t: '', s: '', tEnglish: false};
        else if (role === 'target' && segment) segment.tEnglish = lang === 'en';
      },
      ontext(text) {
        if (!inRoot || skipping) return;
        if (code !== undefined) code += text;
        else if (segment && inside('target')) segment.t += text;
        else if (segment && inside('source')) segment.s += text;
        else if (segment) return;
        else if (heading) heading.plain += text;
        else if (text.trim()) {
          if (!loose.trim()) looseEnglish = (stack.at(-1)?.lang ?? pageLang).startsWith('en');
          loose += text;
        }
      },
      onclosetag(name) {
        if (!inRoot || VOID.has(name)) return;
        const closed = stack.pop();
        if (!closed) return;
        if (closed.role === 'skip') {
          skipping--;
        } else if (closed.role === 'segment' && segment) {
          const t = clean(segment.t);
          const e = clean(segment.s);
          if (heading) {
            // A heading's first segment is its text in both languages.
            if (!heading.hasSegment) Object.assign(heading, {t, s: e, hasSegment: true});
          } else if (t) section().sentences.push(segment.tEnglish ? {t, en: 1} : {t, e});
          segment = undefined;
        } else if ((closed.role === 'title' || closed.role === 'heading') && heading) {
          const text = heading.hasSegment ? heading.t : clean(heading.plain);
          const english = heading.hasSegment ? heading.s : undefined;
          const {role, anchor} = heading;
          heading = undefined;
          if (role === 'title') {
            title = text;
            titleEn = english;
            // Text before the title (rare) belongs to the title's section.
            if (current?.anchor === '') Object.assign(current, {title, heading: title, ...(titleEn ? {titleEn, headingEn: titleEn} : {})});
            else open('', title, titleEn);
          } else open(anchor, text, english);
        } else if (closed.role === 'code' && code !== undefined) {
          section().code += `${code}\n`;
          code = undefined;
        } else if (closed.role === 'block') flush();
        if (stack.length === 0) {
          flush();
          inRoot = false;
        }
      },
    },
    {decodeEntities: true},
  );
  // What comes before the root (the head, the navbar, the sidebar: a third of a doc page) holds
  // nothing to index but the page's language.
  // Unless the root's name first shows in a script or a comment.
  const found = html.indexOf(`<${root}`);
  const before = html.slice(0, Math.max(0, found));
  const count = (part: string) => before.split(part).length;
  const start = found > 0 && count('<script') === count('</script>') && count('<!--') === count('-->') ? found : 0;
  const lang = start > 0 ? /<html\b[^>]*?\slang=["']?([^"'\s>]+)/.exec(before)?.[1] : undefined;
  if (lang) pageLang = lang;
  parser.end(start > 0 ? html.slice(start) : html);
  flush();
  return mergeSameAnchor(sections.filter((s) => s.sentences.length > 0 || s.code || s.anchor));
}

/**
 * One section per anchor: a page whose headings repeat an id (imported pages do: two headings with
 * the same `<a name>`) has its repeated sections read as part of the first, since a link reaches only that one.
 */
function mergeSameAnchor(sections: SearchSection[]): SearchSection[] {
  const byAnchor = new Map<string, SearchSection>();
  return sections.filter((section) => {
    const first = byAnchor.get(section.anchor);
    if (!first) {
      byAnchor.set(section.anchor, section);
      return true;
    }
    first.sentences.push(...section.sentences);
    if (section.code) first.code = first.code ? `${first.code}\n${section.code}` : section.code;
    return false;
  });
}

import {existsSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import type {Link, Nodes, Paragraph, Parent, PhrasingContent, Root, RootContent, Text} from 'mdast';
import {toString} from 'mdast-util-to-string';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {unified, type PluggableList, type Processor} from 'unified';
import {visit, SKIP} from 'unist-util-visit';
import {VFile} from 'vfile';
import {includeCandidates, INLINE_INCLUDE_OPEN, parseBlockInclude} from '../../core/docfx/include';
import {ENGLISH_DOCS_DIR, englishPathOf, localeOfPath, localizedDocDir} from '../../core/i18n/paths';
import {splitFrontMatter} from '../../core/markdown/frontMatter';

export interface DocfxIncludesOptions {
  /** The site folder: includes are looked for under its docs/ and i18n/<locale>/…/current/. */
  siteDir: string;
  /** The plugins a page goes through before this one: an included file goes through them too, as a file of its own. */
  plugins?: PluggableList;
  /** What the site's Markdown preprocessor does to a page, done to an included file too. */
  preprocess?: (text: string) => string;
  /** A file that does not exist: 'fail' stops the build at its file:line:column; 'warn' reports it and shows a notice. */
  onMissing?: 'fail' | 'warn';
}

export function normalizeIncludesOptions(options: DocfxIncludesOptions): Required<DocfxIncludesOptions> {
  const settings = {plugins: [], preprocess: (text: string) => text, onMissing: 'fail' as const, ...options};
  if (typeof settings.siteDir !== 'string' || settings.siteDir === '') {
    throw new TypeError(`siteDir must be the site's folder, got ${JSON.stringify(settings.siteDir)}`);
  }
  if (settings.onMissing !== 'fail' && settings.onMissing !== 'warn') {
    throw new TypeError(`onMissing must be 'fail' or 'warn', got ${JSON.stringify(settings.onMissing)}`);
  }
  return settings;
}

const ORIGIN = 'docfx-includes:missing-include';

/**
 * Replaces DocFX includes with the included file: a block include (`[!INCLUDE [x](path)]` alone in
 * a paragraph) with its blocks, an inline one with its text. A localized page takes the localized
 * copy of the file when there is one, else the English. The file is parsed and transformed as a
 * page of its own (its span pairs, samples and links are relative to it, and its warnings name it),
 * then spliced in; runs after the page's own plugins, so they never see the included nodes.
 */
export default function remarkDocfxIncludes(this: Processor, options: DocfxIncludesOptions) {
  const settings = normalizeIncludesOptions(options);
  // Included files are parsed as the page was: same syntax extensions, same Markdown format.
  const parse = (file: VFile) => this.parse(file) as Root;
  const englishRoot = join(settings.siteDir, ENGLISH_DOCS_DIR);
  // One pipeline for every included file: its plugins load their data (xref map, uids) once.
  let pagePipeline: Processor | undefined;
  const localizedRoot = (locale: string) => join(settings.siteDir, localizedDocDir(locale));
  const transform = async (tree: Root, file: VFile, seen: ReadonlySet<string>): Promise<void> => {
    const text = String(file.value);
    const locale = localeOfPath(file.path);
    const jobs: Array<Promise<void>> = [];
    const pages: Array<[string, string | undefined]> = locale
      ? [
          [localizedRoot(locale), file.path],
          [englishRoot, englishPathOf(file.path)],
        ]
      : [[englishRoot, file.path]];
    const expand = (path: string, at: Nodes, inline: string | undefined, place: (content: RootContent[]) => void) => {
      const candidates = pages.flatMap(([root, page]) => (page ? includeCandidates(page, path, `${root}/`) : []));
      const found = candidates.find((c) => existsSync(c));
      if (!found || seen.has(found)) {
        const reason = found
          ? `Include: "${path}" includes itself (through ${[...seen].map((s) => relative(process.cwd(), s)).join(' → ')}); remove the loop.`
          : `Include: file "${path}" not found (looked for ${candidates.map((c) => relative(process.cwd(), c)).join(', ')}). Import the doc set with its includes, or fix the path.`;
        if (settings.onMissing === 'fail' || found) file.fail(reason, at, ORIGIN);
        file.message(reason, at, ORIGIN);
        place([missingInclude(path, inline)]);
        return;
      }
      jobs.push(included(found, new Set([...seen, found])).then(place));
    };
    const included = async (path: string, chain: ReadonlySet<string>): Promise<RootContent[]> => {
      const source = readFileSync(path, 'utf8');
      // Blank out the front matter rather than cut it, so lines and columns stay those of the file.
      const {bodyStart} = splitFrontMatter(source);
      const value = settings.preprocess(source.slice(0, bodyStart).replace(/[^\n]/g, ' ') + source.slice(bodyStart));
      const child = new VFile({path, value});
      const subtree = parse(child);
      await (pagePipeline ??= unified().use(settings.plugins).freeze()).run(subtree, child);
      await transform(subtree, child, chain);
      for (const message of child.messages) file.messages.push(message);
      return subtree.children.filter((n) => n.type !== 'yaml');
    };
    visit(tree, (found: Nodes, index, parent) => {
      if (!PHRASING_PARENTS.has(found.type)) return undefined;
      const node = found as Parent;
      if (node.type === 'paragraph' && parent && index !== undefined) {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        // DocFX reads include lines as lines: consecutive ones (no blank line between) are each a block include.
        const lines =
          start === undefined || end === undefined
            ? []
            : text
                .slice(start, end)
                .replace(/^[ \t>]*/gm, '')
                .split('\n');
        const blocks = lines.map((line) => parseBlockInclude(line));
        if (blocks.length > 0 && blocks.every((b) => b !== undefined)) {
          const holders = blocks.map((): Paragraph => ({type: 'paragraph', children: [], position: node.position}));
          const siblings = (parent as Parent).children;
          siblings.splice(siblings.indexOf(node as Paragraph), 1, ...holders);
          blocks.forEach((block, i) =>
            expand(block ?? '', found, undefined, (content) =>
              siblings.splice(siblings.indexOf(holders[i] as Paragraph), 1, ...(content as Parent['children'])),
            ),
          );
          return [SKIP, index + holders.length];
        }
      }
      // Inline includes sit anywhere text does: in a sentence's segment, a heading, a table cell.
      for (const {path, open, link, close} of inlineIncludes(node)) {
        expand(path, link, toString(link) || undefined, (content) => spliceInline(node, open, link, close, content));
      }
      return undefined;
    });
    await Promise.all(jobs);
  };
  return (tree: Root, file: VFile) => transform(tree, file, new Set([file.path]));
}

interface InlineInclude {
  path: string;
  open: Text;
  link: Link;
  close: Text;
}

const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell', 'mdxJsxTextElement', 'emphasis', 'strong']);

/** The inline includes among a node's children: text ending in `[!INCLUDE`, a link to the file, text starting with `]`. */
function inlineIncludes(node: Parent): InlineInclude[] {
  const found: InlineInclude[] = [];
  node.children.forEach((open, i) => {
    const link = node.children[i + 1];
    const close = node.children[i + 2];
    if (open.type === 'text' && INLINE_INCLUDE_OPEN.test(open.value) && link?.type === 'link' && close?.type === 'text' && close.value.startsWith(']')) {
      found.push({path: link.url, open, link, close});
    }
  });
  return found;
}

/** Puts an included file's text where its inline include was: the words of its paragraphs, in a row. */
function spliceInline(node: Parent, open: Text, link: Link, close: Text, content: RootContent[]): void {
  open.value = open.value.replace(INLINE_INCLUDE_OPEN, '');
  close.value = close.value.slice(1);
  const phrasing = content.flatMap((block, i): PhrasingContent[] => {
    const words: PhrasingContent[] = block.type === 'paragraph' ? block.children : block.type === 'mdxJsxTextElement' ? [block] : [];
    return i > 0 && words.length > 0 ? [{type: 'text', value: ' '}, ...words] : words;
  });
  node.children.splice(node.children.indexOf(link), 1, ...(phrasing as Parent['children']));
}

/** The notice that stands in for an include the site does not have; inside a sentence, a placeholder named as the include names itself. */
function missingInclude(path: string, inline: string | undefined): RootContent {
  const attributes: MdxJsxFlowElement['attributes'] = [
    {type: 'mdxJsxAttribute', name: 'path', value: path},
    {type: 'mdxJsxAttribute', name: 'kind', value: 'include'},
    ...(inline ? [{type: 'mdxJsxAttribute' as const, name: 'inline', value: inline}] : []),
  ];
  return (
    inline
      ? {type: 'mdxJsxTextElement', name: 'MissingContent', attributes, children: []}
      : {type: 'mdxJsxFlowElement', name: 'MissingContent', attributes, children: []}
  ) as RootContent;
}

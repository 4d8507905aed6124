import MarkdownIt from 'markdown-it';
import type {Options, StateBlock} from 'markdown-it';
import {codeSpanRanges} from './codeSpans';
import {splitFrontMatter} from './frontMatter';
import {isTextHtmlBlock, type TextBlock} from './textBlocks';

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;
interface Env {
  blocks: TextBlock[];
  /** Set where markdown-it and remark may read the page differently: the caller then parses it with remark. */
  uncertain: boolean;
}

/** Source offsets of one recorded block, taken while its container's line marks are in force. */
type Locate = (state: StateBlock, startLine: number, env: Env) => void;

function push(env: Env, text: string, block: Omit<TextBlock, 'code'>): void {
  const code = codeSpanRanges(text, block.start, block.end);
  if (code === undefined) env.uncertain = true;
  else env.blocks.push({...block, code});
}

/** The raw source line after the block just parsed, read past any container's end. */
function lineAfter(state: StateBlock): string {
  const from = lineEnd(state, state.line - 1) + 1;
  const to = state.src.indexOf('\n', from);
  return state.src.slice(from, to === -1 ? undefined : to);
}

const isBlank = (line: string) => line.trim() === '';

// markdown-it keeps one entry per source line in these arrays; a line past the end has none.
const contentStart = (state: StateBlock, line: number) => (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0);
const lineEnd = (state: StateBlock, line: number): number => state.eMarks[line] ?? state.src.length;
const indent = (state: StateBlock, line: number) => (state.sCount[line] ?? 0) - state.blkIndent;

/** An item that may interrupt a paragraph (CommonMark 5.2): a bullet, or 1, with text. */
const INTERRUPTING_ITEM = /^ *(?:[-+*]|1[.)]) +\S/;

const locateParagraph: Locate = (state, startLine, env) => {
  // The two parsers differ on whether a line indented as code lazily continues a paragraph in a
  // container. A line still inside the container and indented less than code there (a nested
  // list's item, say), or a line that leaves the container with the next item of an enclosing list,
  // starts a block of its own for both.
  const next = state.line;
  const after = lineAfter(state);
  const own = next < state.lineMax && indent(state, next) >= 0 && indent(state, next) < 4;
  const enclosingItem = next < state.lineMax && indent(state, next) < 0 && INTERRUPTING_ITEM.test(after);
  if (state.parentType !== 'root' && !own && !enclosingItem && /^[ >]*(?: {4}|\t)[ \t]*\S/.test(after)) env.uncertain = true;
  push(env, state.src, {type: 'paragraph', start: contentStart(state, startLine), end: lineEnd(state, state.line - 1)});
};

const locateHeading: Locate = (state, startLine, env) => {
  const start = contentStart(state, startLine);
  let depth = 0;
  // An ATX heading is one line; a setext heading has at least its text and its underline.
  if (state.line - startLine > 1) depth = state.src.charCodeAt(contentStart(state, state.line - 1)) === 61 ? 1 : 2;
  else while (state.src.charCodeAt(start + depth) === 35) depth++;
  push(env, state.src, {type: 'heading', depth, start, end: lineEnd(state, state.line - 1)});
};

/** remark's HTML node keeps the block's own indentation (beyond its container's). */
const locateHtml: Locate = (state, startLine, env) => {
  const start = contentStart(state, startLine) - Math.max(0, indent(state, startLine));
  // Columns and characters part with a tab in the indentation.
  if (state.src.slice(start, contentStart(state, startLine)).includes('\t')) env.uncertain = true;
  const end = lineEnd(state, state.line - 1);
  if (isTextHtmlBlock(state.src.slice(start, end))) env.blocks.push({type: 'html', start, end, code: []});
};

const CONTAINER_START = /^(?:(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)|>)/;

/** GFM cells of one row: split at unescaped pipes, each cell from its leading pipe; the last one, closing pipe included, runs to the line's end. */
function rowCells(src: string, from: number, to: number): Array<[number, number]> {
  const cells: Array<[number, number]> = [];
  let cellStart = from;
  for (let at = from; at < to; at++) {
    const ch = src.charCodeAt(at);
    if (ch === 92) at++;
    else if (ch === 124 && at > from && src.slice(at + 1, to).trim() !== '') {
      cells.push([cellStart, at]);
      cellStart = at;
    }
  }
  if (cellStart < to) cells.push([cellStart, to]);
  return cells;
}

const hasUnescapedPipe = (src: string, from: number, to: number) => /(?:^|[^\\])(?:\\\\)*\|/.test(src.slice(from, to));

const locateTable: Locate = (state, startLine, env) => {
  const head = contentStart(state, startLine);
  const delimiter = contentStart(state, startLine + 1);
  // Where markdown-it and GFM part ways, defer: markdown-it tries tables before containers (GFM reads
  // such a header row as a list item or quote), counts escaped pipes and pipeless delimiter rows,
  // and lets a table follow a line directly where remark may read that line as lazily continued.
  if (
    (startLine > 0 && !state.isEmpty(startLine - 1)) ||
    CONTAINER_START.test(state.src.slice(head, lineEnd(state, startLine))) ||
    !hasUnescapedPipe(state.src, head, lineEnd(state, startLine)) ||
    !state.src.slice(delimiter, lineEnd(state, startLine + 1)).includes('|')
  ) {
    env.uncertain = true;
    return;
  }
  for (let line = startLine; line < state.line; line++) {
    if (line === startLine + 1) continue;
    for (const [start, end] of rowCells(state.src, contentStart(state, line), lineEnd(state, line))) push(env, state.src, {type: 'tableCell', start, end});
  }
};

/**
 * CommonMark takes definitions off the start of a paragraph, so the lines after one are still
 * that paragraph's; markdown-it parses them afresh (an indented line becomes code), and remark
 * starts a heading made of those lines at the definition. Only another definition or a blank line
 * after one reads the same all ways.
 */
const checkReference: Locate = (state, _startLine, env) => {
  const next = state.line;
  if (isBlank(lineAfter(state))) return;
  // In a container the next line may also be a lazy continuation, which markdown-it does not see.
  if (state.parentType !== 'root' || indent(state, next) >= 4) env.uncertain = true;
  else if (!/^\[[^\]]+\]:/.test(state.src.slice(contentStart(state, next), lineEnd(state, next)))) env.uncertain = true;
};

/**
 * Whether a list starting at a number other than 1, or with an empty item, interrupts what comes
 * before: remark (after indented code, or on a container's first line) and markdown-it
 * (CommonMark's reading) can differ, so such lists defer to remark.
 */
const checkList: Locate = (state, startLine, env) => {
  const line = state.src.slice(contentStart(state, startLine), lineEnd(state, startLine));
  const marker = /^(?:[-+*]|(\d{1,9})[.)])[ \t]*/.exec(line);
  if (!marker || (marker[1] !== undefined && marker[1] !== '1') || marker[0].length === line.length) env.uncertain = true;
};

/** markdown-it continues a quote on a `>` indented as code, where CommonMark ends it. */
const checkBlockquote: Locate = (state, startLine, env) => {
  for (let line = startLine + 1; line < state.line; line++) {
    if (indent(state, line) >= 4 && state.src.charCodeAt(contentStart(state, line)) === 62) env.uncertain = true;
  }
};

function createParser(): MarkdownIt {
  // The preset stops nesting at 20 levels, where remark goes on; the option is missing from the typings.
  const md = new MarkdownIt('commonmark', {maxNesting: 1000} as Options).enable('table');
  const wrap = (name: string, locate: Locate) => {
    // markdown-it has no public getter for one rule; `at` replaces it, so keep the original first.
    const {__rules__: rules} = md.block.ruler as unknown as {__rules__: Array<{name: string; fn: BlockRule; alt: string[]}>};
    const found = rules.find((r) => r.name === name);
    if (!found)
      throw new Error(
        `markdown-it has no block rule "${name}": locateTextBlocks reads its private rule list, so keep markdown-it at the exact version package.json pins`,
      );
    const {fn: rule, alt} = found;
    const wrapped: BlockRule = (state, startLine, endLine, silent) => {
      const matched = rule(state, startLine, endLine, silent);
      if (matched && !silent) locate(state, startLine, state.env as Env);
      return matched;
    };
    // `at` also resets which blocks the rule may interrupt unless told again.
    md.block.ruler.at(name, wrapped as never, {alt});
  };
  wrap('paragraph', locateParagraph);
  wrap('heading', locateHeading);
  wrap('lheading', locateHeading);
  wrap('table', locateTable);
  wrap('html_block', locateHtml);
  wrap('reference', checkReference);
  wrap('list', checkList);
  wrap('blockquote', checkBlockquote);
  return md;
}

const TAB_IN_INDENT = /^[ \t>*+\-\d.)]*\t/m;
const CONTAINER_LINE = /^[ \t]*(?:>|(?:[*+-]|\d{1,9}[.)])(?:[ \t]|$))/m;

let parser: MarkdownIt | undefined;

/**
 * The blocks of a page that can hold span pairs or sentences (paragraphs, headings, table cells, HTML blocks),
 * with the offsets remark gives them, found by markdown-it's block parser: 25 to 60 times faster
 * than a full remark parse, which the translator CLI cannot afford on thousands of pages.
 * Returns undefined where the two might disagree (carriage returns, tabs in quotes and lists, code
 * spans that only a full inline parse can place, and the constructs each check below names); a
 * property test holds it equal to `treeTextBlocks` on everything else.
 */
export function locateTextBlocks(text: string): TextBlock[] | undefined {
  if (text.includes('\r') || text.includes('\0')) return undefined;
  // A tab in a line's indentation counts as 1 to 4 columns depending on what comes before it;
  // inside quotes and lists the two parsers place such lines apart.
  if (text.includes('\t') && TAB_IN_INDENT.test(text) && CONTAINER_LINE.test(text)) return undefined;
  const {bodyStart} = splitFrontMatter(text);
  // Blanking the front matter keeps every offset while hiding its fences from the block parser.
  const source = bodyStart > 0 ? text.slice(0, bodyStart).replace(/[^\n]/g, ' ') + text.slice(bodyStart) : text;
  parser ??= createParser();
  const env: Env = {blocks: [], uncertain: false};
  const state = new parser.block.State(source, parser, env as never, []);
  parser.block.tokenize(state, state.line, state.lineMax);
  return env.uncertain ? undefined : env.blocks;
}

import MarkdownIt from 'markdown-it';
import type {Options, StateBlock} from 'markdown-it';
import {codeSpanRanges} from './codeSpans';
import {splitFrontMatter} from './frontMatter';
import type {TextBlock} from './textBlocks';

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;
interface Env {
  blocks: TextBlock[];
  /** Set when a block's code spans need a full inline parse. */
  uncertain: boolean;
}

/** Source offsets of one recorded block, taken while its container's line marks are in force. */
type Locate = (state: StateBlock, startLine: number, env: Env) => void;

function push(env: Env, text: string, block: Omit<TextBlock, 'code'>): void {
  const code = codeSpanRanges(text, block.start, block.end);
  if (code === undefined) env.uncertain = true;
  else env.blocks.push({...block, code});
}

const contentStart = (state: StateBlock, line: number) => state.bMarks[line] + state.tShift[line];

const locateParagraph: Locate = (state, startLine, env) =>
  push(env, state.src, {type: 'paragraph', start: contentStart(state, startLine), end: state.eMarks[state.line - 1]});

const locateHeading: Locate = (state, startLine, env) => {
  const start = contentStart(state, startLine);
  let depth = 0;
  // An ATX heading is one line; a setext heading has at least its text and its underline.
  if (state.line - startLine > 1) depth = state.src.charCodeAt(contentStart(state, state.line - 1)) === 61 ? 1 : 2;
  else while (state.src.charCodeAt(start + depth) === 35) depth++;
  push(env, state.src, {type: 'heading', depth, start, end: state.eMarks[state.line - 1]});
};

/** GFM cells: split at unescaped pipes, each cell from its leading pipe; the last one, closing pipe included, runs to the line's end. */
const locateTable: Locate = (state, startLine, env) => {
  for (let line = startLine; line < state.line; line++) {
    if (line === startLine + 1) continue; // the delimiter row
    const from = contentStart(state, line);
    const to = state.eMarks[line];
    let cellStart = from;
    for (let at = from; at < to; at++) {
      const ch = state.src.charCodeAt(at);
      if (ch === 92) at++;
      else if (ch === 124 && at > from && state.src.slice(at + 1, to).trim() !== '') {
        push(env, state.src, {type: 'tableCell', start: cellStart, end: at});
        cellStart = at;
      }
    }
    if (cellStart < to) push(env, state.src, {type: 'tableCell', start: cellStart, end: to});
  }
};

function createParser(): MarkdownIt {
  // The preset stops nesting at 20 levels, where remark goes on; the option is missing from the typings.
  const md = new MarkdownIt('commonmark', {maxNesting: 1000} as Options).enable('table');
  const wrap = (name: string, locate: Locate) => {
    // markdown-it has no public getter for one rule; `at` replaces it, so keep the original first.
    const {__rules__: rules} = md.block.ruler as unknown as {__rules__: Array<{name: string; fn: BlockRule}>};
    const rule = rules.find((r) => r.name === name)!.fn;
    const wrapped: BlockRule = (state, startLine, endLine, silent) => {
      const matched = rule(state, startLine, endLine, silent);
      if (matched && !silent) locate(state, startLine, state.env as unknown as Env);
      return matched;
    };
    md.block.ruler.at(name, wrapped as never);
  };
  wrap('paragraph', locateParagraph);
  wrap('heading', locateHeading);
  wrap('lheading', locateHeading);
  wrap('table', locateTable);
  return md;
}

let parser: MarkdownIt | undefined;

/**
 * The blocks of a page that can hold span pairs or sentences (paragraphs, headings, table cells),
 * with the offsets remark gives them, found by markdown-it's block parser: about a hundred times
 * faster than a full remark parse, which the translator CLI cannot afford on thousands of pages.
 * Returns undefined where the two might disagree (carriage returns, code spans that only a full
 * inline parse can place); tests hold it equal to `treeTextBlocks` on everything else.
 */
export function locateTextBlocks(text: string): TextBlock[] | undefined {
  if (text.includes('\r') || text.includes('\0')) return undefined;
  const {bodyStart} = splitFrontMatter(text);
  // Blanking the front matter keeps every offset while hiding its fences from the block parser.
  const source = bodyStart > 0 ? text.slice(0, bodyStart).replace(/[^\n]/g, ' ') + text.slice(bodyStart) : text;
  parser ??= createParser();
  const env: Env = {blocks: [], uncertain: false};
  const state = new parser.block.State(source, parser, env as never, []);
  parser.block.tokenize(state, state.line, state.lineMax);
  return env.uncertain ? undefined : env.blocks;
}

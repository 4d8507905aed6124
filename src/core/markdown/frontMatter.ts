import {CORE_SCHEMA, load, YAMLException} from 'js-yaml';
import {stringify} from 'yaml';

export interface SplitDocument {
  /** The YAML between the fences, as written. */
  frontMatterText: string;
  data: Record<string, unknown>;
  /** Offset where the body starts in the original text. */
  bodyStart: number;
  body: string;
  /** Set when the front matter is not YAML: what is wrong, at its line:column in the file. `data` is then empty. */
  readonly error?: {message: string; line: number; column: number};
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(text: string): SplitDocument {
  const match = FENCE.exec(text);
  if (!match) return {frontMatterText: '', data: {}, bodyStart: 0, body: text};
  let data: Record<string, unknown> | undefined;
  let error: SplitDocument['error'];
  const frontMatterText = match[1] ?? '';
  // Parsed on first use: most callers only need the bounds, and YAML parsing is the costly part.
  const parse = (): Record<string, unknown> => {
    if (data) return data;
    try {
      // js-yaml reads six times faster than yaml, which the CLI feels on thousands of pages; the core
      // schema keeps YAML 1.2's types (a date stays a string), as yaml writes them back.
      const loaded: unknown = load(frontMatterText, {schema: CORE_SCHEMA}) ?? {};
      data = typeof loaded === 'object' && !Array.isArray(loaded) ? (loaded as Record<string, unknown>) : {};
    } catch (cause) {
      // One page's broken front matter costs that page its front matter, never a command or the build.
      if (!(cause instanceof YAMLException)) throw cause;
      // The YAML starts on the file's second line, after the opening fence.
      error = {message: cause.reason, line: cause.mark.line + 2, column: cause.mark.column + 1};
      data = {};
    }
    return data;
  };
  return {
    frontMatterText,
    get data() {
      return parse();
    },
    get error() {
      parse();
      return error;
    },
    bodyStart: match[0].length,
    body: text.slice(match[0].length),
  };
}

export function joinFrontMatter(data: Record<string, unknown>, body: string): string {
  // An include file has no front matter, and gets none.
  if (Object.keys(data).length === 0) return body;
  return `---\n${stringify(data, {lineWidth: 0}).trimEnd()}\n---\n${body}`;
}

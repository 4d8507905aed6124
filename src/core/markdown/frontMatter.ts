import {CORE_SCHEMA, load} from 'js-yaml';
import {stringify} from 'yaml';

export interface SplitDocument {
  /** The YAML between the fences, as written. */
  frontMatterText: string;
  data: Record<string, unknown>;
  /** Offset where the body starts in the original text. */
  bodyStart: number;
  body: string;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(text: string): SplitDocument {
  const match = FENCE.exec(text);
  if (!match) return {frontMatterText: '', data: {}, bodyStart: 0, body: text};
  let data: Record<string, unknown> | undefined;
  const frontMatterText = match[1] ?? '';
  return {
    frontMatterText,
    // Parsed on first use: most callers only need the bounds, and YAML parsing is the costly part.
    get data() {
      // js-yaml reads six times faster than yaml, which the CLI feels on thousands of pages; the core
      // schema keeps YAML 1.2's types (a date stays a string), as yaml writes them back.
      return (data ??= (load(frontMatterText, {schema: CORE_SCHEMA}) ?? {}) as Record<string, unknown>);
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

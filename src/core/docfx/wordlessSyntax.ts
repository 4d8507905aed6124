import {parseCodeInclude} from './codeInclude';

/**
 * DocFX syntax inside a text block that carries no words to translate. The site's English sentence
 * split and the CLI's check for words outside span pairs both read this one list, so they agree.
 */

/** Empty DocFX heading anchors, `<a name="slug"></a>`. */
export const EMPTY_ANCHOR = /<a\s[^>]*>\s*<\/a>/gi;

/**
 * A link's destination, `](url "title")`: a URL is never translated, and a DocFX tab heading
 * (`### [Data Annotations](#tab/data-annotations)`) has its words in the pair inside the brackets.
 */
export const LINK_DESTINATION = /\]\([^)]*\)/g;

/** Quote marks and indentation before a line's content. */
export const LINE_PREFIX = /^[\s>]*/;

/**
 * A line (its content, after LINE_PREFIX) with no words: a code include (`[!code-csharp[](…)]`) or a
 * directive fence (`::: moniker range="…"`, `::: zone pivot="…"`, `:::`).
 */
export function isWordlessLine(content: string): boolean {
  return content.startsWith(':::') || parseCodeInclude(content) !== undefined;
}

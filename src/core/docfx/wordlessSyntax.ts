import {parseCodeInclude} from './codeInclude';

/**
 * DocFX syntax inside a text block that carries no words to translate. The site's English sentence
 * split and the CLI's check for words outside span pairs both read this one list, so they agree.
 */

/** Empty DocFX heading anchors, `<a name="slug"></a>`. */
export const EMPTY_ANCHOR = /<a\s[^>]*>\s*<\/a>/gi;

/**
 * A link's destination, `](url "title")` or a reference label `][label]`: a URL is never
 * translated, and a DocFX tab heading (`### [Data Annotations](#tab/data-annotations)`) has its
 * words in the pair inside the brackets.
 */
export const LINK_DESTINATION = /\](?:\([^)]*\)|\[[^\]]*\])/g;

/** An HTML tag: its name and attributes are markup, not words. */
export const HTML_TAG = /<\/?[a-z][^<>]*>/gi;

/** Quote marks and indentation before a line's content. */
export const LINE_PREFIX = /^[\s>]*/;

/** DocFX directives on a line of their own whose words, if any, are elsewhere: `[!INCLUDE [x](path)]`, `[!div class="…"]`, `[!VIDEO url]`. */
const DIRECTIVE_LINE = /^\[!(?:include\s*\[[^\]]*\]\([^)]*\)|div\s[^\]]*|video\s+\S+\s*)\]\s*$/i;

/** HTML character references (`&nbsp;`, `&#160;`): a table cell holding one has no words. */
export const CHARACTER_REFERENCE = /&(?:[a-z]+|#\d+|#x[\da-f]+);/gi;

/**
 * A line (its content, after LINE_PREFIX) with no words: a code include (`[!code-csharp[](…)]`), a
 * directive fence (`::: moniker range="…"`, `::: zone pivot="…"`, `:::`) or a DocFX directive line.
 */
export function isWordlessLine(content: string): boolean {
  return content.startsWith(':::') || DIRECTIVE_LINE.test(content) || parseCodeInclude(content) !== undefined;
}

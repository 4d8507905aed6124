/**
 * A Markdown image: alt text (group 1, which may hold bracketed words: `![Clear the [Unlist] box](…)`) and URL (group 2). Its alt text is translated in place,
 * outside any span pair, so it is never one of the English sentences.
 */
export const IMAGE = /!\[((?:[^[\]]|\[[^[\]]*\])*)\]\(([^)\s]*)[^)]*\)/g;

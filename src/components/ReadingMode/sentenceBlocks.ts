/** The blocks that hold sentences: a Tab stop each (segmentKeys), a line each in a copy (copyOneLanguage), where search lands. */
export const SENTENCE_BLOCKS = 'p, li, td, th, h1, h2, h3, h4, h5, h6, dt, dd, figcaption';

/** A sentence of the article: its translation (`.bi-t`) and its English (`.bi-s`). */
export const SENTENCE = '.theme-doc-markdown .bi-seg';

// A long identifier: twelve or more letters, digits, dots or underscores.
const LONG_WORD = /[\w.]{12,}/g;
// Where such an identifier may break: before each capital after a small letter or digit, after a dot.
const BREAK = /(?<=[a-z0-9])(?=[A-Z])|(?<=\.)(?=\w)/g;

/**
 * The pieces of a text between which a line may break inside long identifiers
 * ("3427 - WebSocketCloseOutputSent" → "3427 - Web", "Socket", "Close", "Output", "Sent"), so a
 * narrow screen breaks them where a reader would, not mid-word. Other text is one piece.
 */
export function identifierPieces(text: string): string[] {
  if (!/[a-z][A-Z]|\w\.\w/.test(text)) return [text];
  return text.replace(LONG_WORD, (word) => word.replace(BREAK, '\u0000')).split('\u0000');
}

/**
 * DocFX markers that open a block: `[!div class="nextstepaction"]` (a styled box, in a quote) and
 * `[!VIDEO https://…]` (an embedded player). Pure: they read text, the plugin builds the tree.
 */

/** The class of a `[!div class="…"]` marker at the start of `text`, and the marker's length with the whitespace after it. */
export function parseDivMarker(text: string): {className: string; length: number} | undefined {
  const m = /^\[!div\s+class\s*=\s*["']([\w\s-]+)["']\s*\]\s*/i.exec(text);
  return m ? {className: (m[1] ?? '').trim(), length: m[0].length} : undefined;
}

/** The URL of a paragraph that is a `[!VIDEO url]` marker and nothing else: https only, as a player is embedded from it. */
export function parseVideoMarker(text: string): string | undefined {
  const url = /^\[!VIDEO\s+(\S+?)\s*\]$/i.exec(text.trim())?.[1];
  return url !== undefined && /^https:\/\/[^\s"'<>]+$/i.test(url) ? url : undefined;
}

/** DocFX heading anchors: `<a name="slug"></a>` before the heading text. Returns the name of an opening tag. */
export function anchorName(html: string): string | undefined {
  return /^<a\s+(?:name|id)\s*=\s*(?:"([^"]*)"|'([^']*)')\s*>$/i
    .exec(html.trim())
    ?.slice(1)
    .find((v) => v !== undefined);
}

export function isAnchorClose(html: string): boolean {
  return /^<\/a\s*>$/i.test(html.trim());
}

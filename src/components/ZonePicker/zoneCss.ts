/** The attribute of <html> that holds the reader's zone pivot. */
export const ZONE_ATTRIBUTE = 'data-zone-pivot';
export const ZONE_STORAGE_KEY = 'docfx-zone-pivot';

/** CSS showing only the zones of the chosen pivot; before a choice (and without JavaScript) every zone shows. */
export function zoneCss(pivots: readonly string[]): string {
  return pivots
    .map((p) => JSON.stringify(p))
    .map((p) => `html[${ZONE_ATTRIBUTE}=${p}] .docfx-zone[data-pivot]:not([data-pivot~=${p}]){display:none}`)
    .join('');
}

/** The pivot to show: the reader's earlier choice when this page has it, else the page's first. */
export function effectivePivot(chosen: string | null | undefined, offered: readonly string[]): string {
  return chosen && offered.includes(chosen) ? chosen : (offered[0] ?? '');
}

/** DocFX alerts: a blockquote whose text starts with `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!CAUTION]` or `[!WARNING]`. */
export const ALERT_KINDS = ['note', 'tip', 'important', 'caution', 'warning'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** The alert kind and the length of the marker (with following whitespace) at the start of `text`. */
export function parseAlertMarker(text: string): {kind: AlertKind; length: number} | undefined {
  const m = /^\[!(note|tip|important|caution|warning)\]\s*/i.exec(text);
  return m ? {kind: (m[1] ?? '').toLowerCase() as AlertKind, length: m[0].length} : undefined;
}

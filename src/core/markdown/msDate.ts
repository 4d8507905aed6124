/** Microsoft's `ms.date` is MM/DD/YYYY; returns the ISO date, or undefined when absent or malformed. */
export function msDateToIso(value: unknown): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(String(value ?? '').trim());
  return m ? `${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}` : undefined;
}

/** Microsoft's `ms.date` is MM/DD/YYYY; returns the ISO date, or undefined when absent or malformed. */
export function msDateToIso(value: unknown): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(String(value ?? '').trim());
  if (!m) return undefined;
  const [, month = '', day = '', year = ''] = m;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

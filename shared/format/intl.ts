/** Formats integer cents as currency, e.g. 123456 → "1.234,56 €" (de) or "€1,234.56" (en). */
export function formatMoney(cents: number, locale: string, currency = 'EUR'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
}

/** Formats an ISO date (YYYY-MM-DD) for display without time-zone drift. */
export function formatIsoDate(iso: string, locale: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

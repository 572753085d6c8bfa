// Intl formatters are costly to build (a table of 500 rows would build thousands), so each
// locale/option pair is built once and reused.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/** Formats integer cents as currency, e.g. 123456 → "1.234,56 €" (de) or "€1,234.56" (en). */
export function formatMoney(cents: number, locale: string, currency = 'EUR'): string {
  return cached(
    `money|${locale}|${currency}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency }),
  ).format(cents / 100);
}

/** Cents as a plain amount with two decimals and no currency sign: 123456 → "1.234,56" (de). */
export function formatAmount(cents: number, locale: string): string {
  return cached(
    `amount|${locale}`,
    () => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  ).format(cents / 100);
}

/** Formats a plain number with the locale's separators. */
export function formatNumber(value: number, locale: string): string {
  return cached(`number|${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** Formats an ISO date (YYYY-MM-DD) for display without time-zone drift. */
export function formatIsoDate(iso: string, locale: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return cached(
    `date|${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
  ).format(date);
}

/** A percentage (97.25 → "97.3 %" / "97.3%"), one decimal; "–" when there is none. */
export function formatPercent(pct: number | null, locale: string): string {
  if (pct === null || !Number.isFinite(pct)) return '–';
  return cached(
    `percent|${locale}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }),
  ).format(pct / 100);
}

/** A month (YYYY-MM) as "Jan 27" / "Jan. 27". */
export function formatMonth(month: string, locale: string): string {
  return cached(
    `month|${locale}`,
    () => new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }),
  ).format(new Date(`${month}-01T00:00:00Z`));
}

/** Whole currency units, for large figures at a glance: 115954573.17 EUR → "€115,954,573". */
export function formatMoneyRounded(cents: number, locale: string, currency = 'EUR'): string {
  return cached(
    `money0|${locale}|${currency}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }),
  ).format(Math.round(cents / 100));
}

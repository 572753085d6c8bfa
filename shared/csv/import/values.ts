import { parseMoneyToCents } from '../../format/parse-money';
import type { PlainMessageKey } from '../../i18n/translate';
import { NO_WORDS, valueKey, YES_WORDS } from './value-words';

/** How the file writes numbers: "1.234,56" (German) or "1,234.56" (English). */
export type NumberStyle = 'de' | 'en';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: PlainMessageKey };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (error: PlainMessageKey): Parsed<never> => ({ ok: false, error });

/**
 * A cell as the app stores it: trimmed, and with the apostrophe an export put before a
 * formula-like text taken off again (so export → import gives back exactly what was there).
 */
export function cellText(raw: string | undefined): string {
  const text = (raw ?? '').trim();
  return /^'+[=+\-@\t\r\n]/.test(text) ? text.slice(1) : text;
}

/** Empty and "-" (how spreadsheets print a zero or nothing) are "no value". */
export function isBlank(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || trimmed === '-' || trimmed === '–';
}

/** An amount in euros as integer cents, exactly; blank is 0. */
export function parseAmount(text: string, style: NumberStyle): Parsed<number> {
  if (isBlank(text)) return ok(0);
  const cents = parseMoneyToCents(text, style);
  return cents === null ? fail('import.error.amount') : ok(cents);
}

export function parseWholeNumber(text: string, style: NumberStyle): Parsed<number | null> {
  if (isBlank(text)) return ok(null);
  const cents = parseMoneyToCents(text, style);
  if (cents === null || cents % 100 !== 0) return fail('import.error.wholeNumber');
  return ok(cents / 100);
}

const YES = new Set(YES_WORDS);
const NO = new Set(NO_WORDS);

export function parseYesNo(text: string): Parsed<boolean> {
  const value = valueKey(text);
  if (YES.has(value)) return ok(true);
  if (NO.has(value) || value === '-') return ok(false);
  return fail('import.error.yesNo');
}

/** DD.MM.YYYY (also D.M.YYYY) or ISO YYYY-MM-DD, as an ISO date. */
export function parseDate(text: string): Parsed<string | null> {
  const value = text.trim();
  if (isBlank(value)) return ok(null);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [year, month, day] = german
    ? [german[3]!, german[2]!, german[1]!]
    : iso
      ? [iso[1]!, iso[2]!, iso[3]!]
      : [];
  if (!year) return fail('import.error.date');
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  // Days in month m: day 0 of the next month (Date.UTC, so no time zone can shift it).
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth) return fail('import.error.date');
  return ok(`${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`);
}

/** A month as YYYY-MM, from "2026-11", "11.2026", "11/2026" or a date in it. */
export function parseMonth(text: string): Parsed<string> {
  const value = text.trim();
  const ym = /^(\d{4})-(\d{1,2})$/.exec(value);
  const my = /^(\d{1,2})[./](\d{4})$/.exec(value);
  const [year, month] = ym ? [ym[1]!, ym[2]!] : my ? [my[2]!, my[1]!] : [];
  if (year && Number(month) >= 1 && Number(month) <= 12)
    return ok(`${year}-${month!.padStart(2, '0')}`);
  const date = parseDate(value);
  return date.ok && date.value ? ok(date.value.slice(0, 7)) : fail('import.error.month');
}

/**
 * Matches a value against labels in both languages, the words people write for it
 * (`value-words.ts`) and the stored keys themselves; case and spacing do not count.
 */
export function parseChoice<T extends string>(
  text: string,
  choices: ReadonlyArray<{ value: T; labels: readonly string[] }>,
): Parsed<T> {
  const value = valueKey(text);
  for (const choice of choices) {
    if (valueKey(choice.value) === value) return ok(choice.value);
    if (choice.labels.some((label) => valueKey(label) === value)) return ok(choice.value);
  }
  return fail('import.error.choice');
}

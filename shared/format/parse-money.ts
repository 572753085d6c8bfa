/**
 * Reads an amount as people type it — "1.234,56", "1,234.56", "1234.56", "1234,5", "€ 250" —
 * into integer cents, without floating point. Money has at most two decimals, so a separator
 * followed by groups of three digits is a thousands separator in either language ("8.000"
 * pasted from a German sheet into the English UI is 8,000): no reading depends on the
 * language. Null when it is not an amount.
 */
export function parseMoneyToCents(text: string, _language?: 'de' | 'en'): number | null {
  let value = text.replace(/[\s\u00a0€$£]|EUR|CHF|USD|GBP/gi, '');
  const negative = value.startsWith('-');
  if (negative) value = value.slice(1);
  if (!/^[\d.,]+$/.test(value) || !/\d/.test(value)) return null;
  const lastDot = value.lastIndexOf('.');
  const lastComma = value.lastIndexOf(',');
  let decimal: '.' | ',' | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ',';
  else if (lastComma >= 0) decimal = isThousands(value, ',') ? null : ',';
  else if (lastDot >= 0) decimal = isThousands(value, '.') ? null : '.';
  const thousands = decimal === ',' ? '.' : decimal === '.' ? ',' : lastComma >= 0 ? ',' : '.';
  const [whole = '', fraction = '', extra] = value.split(decimal ?? '\u0000');
  if (extra !== undefined || fraction.length > 2 || /[.,]/.test(fraction)) return null;
  const groups = whole.split(thousands);
  if (groups.length > 1 && (groups.slice(1).some((g) => g.length !== 3) || groups[0] === ''))
    return null;
  const digits = groups.join('');
  if (!/^\d+$/.test(digits) && !(digits === '' && fraction)) return null;
  const cents = Number(digits || '0') * 100 + Number(fraction.padEnd(2, '0') || '0');
  if (!Number.isSafeInteger(cents)) return null;
  return negative ? -cents : cents;
}

/**
 * The largest amount the app takes, in cents (10 billion): a year of 500 members' targets,
 * month by month, still adds up exactly in integer cents.
 */
export const MAX_AMOUNT_CENTS = 1_000_000_000_000;

export type AmountProblem = 'not-amount' | 'negative' | 'too-large';

/** An amount as typed, or why it is not one this field takes (never a silent clamp). */
export function readAmount(
  text: string,
  language: 'de' | 'en',
): { ok: true; cents: number } | { ok: false; problem: AmountProblem } {
  // Excel's accounting format shows zero as a dash.
  if (/^\s*[-–—]\s*$/.test(text)) return { ok: true, cents: 0 };
  const cents = parseMoneyToCents(text, language);
  if (cents === null) {
    // Too many digits to hold exactly is still a number the user meant: say it is too large.
    const digits = text.replace(/[^\d]/g, '');
    return { ok: false, problem: digits.length > 15 ? 'too-large' : 'not-amount' };
  }
  if (cents < 0) return { ok: false, problem: 'negative' };
  if (cents > MAX_AMOUNT_CENTS) return { ok: false, problem: 'too-large' };
  return { ok: true, cents };
}

/**
 * A separator used once or more, always followed by groups of exactly three digits, after a
 * leading group that is a number ("0.500" is neither 500 nor an amount).
 */
function isThousands(value: string, separator: string): boolean {
  const parts = value.split(separator);
  return (
    parts.length > 1 &&
    parts.slice(1).every((p) => p.length === 3) &&
    parts[0] !== '' &&
    parts[0] !== '0'
  );
}

/** A whole percent from 0 to 100 as people type it ("60", "60 %"); null otherwise. */
export function parseWholePercent(text: string): number | null {
  const digits = text.trim().replace(/\s*%$/, '');
  if (!/^\d{1,3}$/.test(digits)) return null;
  const value = Number(digits);
  return value <= 100 ? value : null;
}

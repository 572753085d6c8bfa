/**
 * A small, safe CSV writer until the CSV issue brings full dialects: German Excel gets `;` and a
 * BOM, English `,`; CRLF line ends; quotes and separators escaped (RFC 4180); cells that
 * spreadsheets would run as formulas are neutralised with a leading apostrophe.
 */
export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r\n]/;

export function csvCell(value: CsvCell, separator: string): string {
  if (value === null) return '';
  // Numbers the app formats itself are safe as they are; text starting like a formula is not.
  const text =
    typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly CsvCell[][], language: 'de' | 'en'): string {
  const separator = language === 'de' ? ';' : ',';
  const body = rows
    .map((row) => row.map((cell) => csvCell(cell, separator)).join(separator))
    .join('\r\n');
  return `\ufeff${body}\r\n`;
}

/** Cents as a decimal amount in the language's notation, exactly (no floating point). */
export function csvAmount(cents: number, language: 'de' | 'en'): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}${language === 'de' ? ',' : '.'}${String(abs % 100).padStart(2, '0')}`;
}

import { DIALECTS, type CsvDialect, type DialectSpec } from './dialect';

/**
 * One cell as the exporter knows it. Typed numbers are formatted here, per dialect, and are the
 * only cells allowed to start with "-"; every text is a text, however it looks.
 */
export type CsvValue =
  | string
  | null
  | { cents: number }
  | { int: number }
  /** An ISO date, YYYY-MM-DD. */
  | { date: string }
  /**
   * A month, YYYY-MM: in CSV its first day (a spreadsheet reads a date, where "11.2026" would
   * become the number 11.2026); in a workbook the text label "2026-11", which sorts and reads as
   * a month rather than a day.
   */
  | { month: string };

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvValue;
}

/** Columns from a translated header line ("A|B|C") and one value function per column. */
export function columnsOf<Row>(
  headerLine: string,
  values: ReadonlyArray<CsvColumn<Row>['value']>,
): CsvColumn<Row>[] {
  const headers = headerLine.split('|');
  return values.map((value, i) => ({ header: headers[i] ?? '', value }));
}

/**
 * Cells a spreadsheet would run as a formula (OWASP, incl. LF) get a leading apostrophe — and so
 * does text that already starts with an apostrophe before such a character, so the importer,
 * which takes one apostrophe off, gives back exactly what was exported.
 */
export function needsApostrophe(text: string): boolean {
  return /^'*[=+\-@\t\r\n]/.test(text);
}

/** Cents as a plain decimal ("-1234,50"), exactly: integers only, no floating point. */
export function formatCents(cents: number, decimal: ',' | '.'): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`not an amount in cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}${decimal}${String(abs % 100).padStart(2, '0')}`;
}

function formatDate(iso: string, style: DialectSpec['date']): string {
  if (style === 'iso') return iso;
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}

export function formatValue(value: CsvValue, spec: DialectSpec): string {
  if (value === null) return '';
  if (typeof value === 'string') return needsApostrophe(value) ? `'${value}` : value;
  if ('cents' in value) return formatCents(value.cents, spec.decimal);
  if ('int' in value) return String(Math.trunc(value.int));
  if ('month' in value) return formatDate(`${value.month}-01`, spec.date);
  return formatDate(value.date, spec.date);
}

function quote(text: string, separator: string): string {
  return text.includes('"') ||
    text.includes(separator) ||
    text.includes('\n') ||
    text.includes('\r') ||
    text !== text.trim()
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

/**
 * A whole CSV file: header row, one line per row, CRLF line ends (RFC 4180), the dialect's
 * separator, decimal mark, date style and byte-order mark. No `sep=` line.
 */
export function writeCsv<Row>(
  rows: Iterable<Row>,
  columns: ReadonlyArray<CsvColumn<Row>>,
  dialect: CsvDialect,
): string {
  const spec = DIALECTS[dialect];
  const { separator } = spec;
  const lines: string[] = [
    columns.map((c) => quote(formatValue(c.header, spec), separator)).join(separator),
  ];
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < columns.length; i += 1) {
      if (i > 0) line += separator;
      line += quote(formatValue(columns[i]!.value(row), spec), separator);
    }
    lines.push(line);
  }
  return `${spec.bom ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`;
}

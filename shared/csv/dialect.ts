import type { Language } from '../domain/workspace';

/** The CSV flavours the app writes; see the CSV issue for what each spreadsheet expects. */
export const CSV_DIALECTS = ['excel-de', 'excel-en', 'rfc4180'] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];

export interface DialectSpec {
  separator: ';' | ',';
  decimal: ',' | '.';
  /** Excel reads UTF-8 only with a byte-order mark; without it, the ANSI code page. */
  bom: boolean;
  date: 'dmy' | 'iso';
}

export const DIALECTS: Record<CsvDialect, DialectSpec> = {
  'excel-de': { separator: ';', decimal: ',', bom: true, date: 'dmy' },
  'excel-en': { separator: ',', decimal: '.', bom: true, date: 'iso' },
  rfc4180: { separator: ',', decimal: '.', bom: false, date: 'iso' },
};

/** German Excel for a German interface, English Excel otherwise. */
export function defaultDialect(language: Language): CsvDialect {
  return language === 'de' ? 'excel-de' : 'excel-en';
}

/** What an export can be written as: one of the CSV dialects, or an Excel workbook. */
export const EXPORT_FORMATS = [...CSV_DIALECTS, 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The currencies amounts can be shown in (Settings). */
export const CURRENCIES = ['EUR', 'CHF', 'USD', 'GBP'] as const;
export type Currency = (typeof CURRENCIES)[number];

export function isCsvDialect(value: unknown): value is CsvDialect {
  return typeof value === 'string' && (CSV_DIALECTS as readonly string[]).includes(value);
}

import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Currency } from '@shared/csv/dialect';
import type { SheetColumn, WorkbookSheet } from '@shared/ipc/workbook-schema';
import { columnWidth } from './column-width';

/** Number formats as Excel stores them; the spreadsheet shows the user's separators. */
const SYMBOL: Record<Currency, string> = { EUR: '€', CHF: 'CHF', USD: '$', GBP: '£' };
const DATE_FORMAT = { de: 'dd.mm.yyyy', en: 'yyyy-mm-dd' } as const;

type Cell = string | number | Date | null;

function cellOf(column: SheetColumn, row: number): Cell {
  const value = column.values[row] ?? null;
  if (value === null) return null;
  switch (column.kind) {
    case 'money':
      // Cents to euros: the double nearest the amount, shown with two decimals.
      return (value as number) / 100;
    case 'date':
      return new Date(`${value as string}T00:00:00Z`);
    default:
      return value;
  }
}

/**
 * An export as an .xlsx workbook, written by exceljs's streaming writer (250,000 rows without
 * holding a document model of every cell): one sheet, bold frozen header, an autofilter over
 * the table, column widths from the content. Text cells are shared strings, so "01067" and
 * "=1+1" stay text — no apostrophe needed, no formula run. Returns the file's bytes.
 */
export interface WorkbookOptions {
  language: 'de' | 'en';
  currency: Currency;
}

export async function writeWorkbook(
  sheet: WorkbookSheet,
  { language, currency }: WorkbookOptions,
): Promise<Buffer[]> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: true,
  });
  workbook.creator = 'Sales Team Planner';
  const rows = sheet.columns[0]!.values.length;
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  worksheet.columns = sheet.columns.map((column) => ({
    header: column.header,
    width: columnWidth(column),
    style:
      column.kind === 'money'
        ? { numFmt: `#,##0.00 "${SYMBOL[currency]}"` }
        : column.kind === 'date'
          ? { numFmt: DATE_FORMAT[language] }
          : {},
  }));
  const header = worksheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  for (let row = 0; row < rows; row += 1) {
    worksheet.addRow(sheet.columns.map((column) => cellOf(column, row))).commit();
  }
  const lastColumn = worksheet.getColumn(sheet.columns.length).letter;
  worksheet.autoFilter = `A1:${lastColumn}${rows + 1}`;
  filterDatabase(workbook, sheet.name, lastColumn, rows + 1);
  worksheet.commit();
  await workbook.commit();
  await done;
  return chunks;
}

/**
 * LibreOffice shows an autofilter only when the workbook also names its range
 * `_xlnm._FilterDatabase` for the sheet (as Excel itself writes it); exceljs writes the
 * sheet's <autoFilter> but no such name and has no public way to scope a name to a sheet, so
 * the writer's defined names are given here. A test reads the filter back in LibreOffice.
 */
function filterDatabase(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  sheetName: string,
  lastColumn: string,
  lastRow: number,
) {
  const range = `'${sheetName.replaceAll("'", "''")}'!$A$1:$${lastColumn}$${lastRow}`;
  Object.defineProperty(workbook, '_definedNames', {
    value: { model: [{ name: '_xlnm._FilterDatabase', localSheetId: 0, ranges: [range] }] },
  });
}

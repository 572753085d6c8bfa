import type { CsvDialect } from '../dialect';
import type { SheetColumn, WorkbookSheet } from '../../ipc/workbook-schema';
import { writeCsv, type CsvColumn, type CsvValue } from '../write-csv';

/** An export's rows and typed columns, written as CSV or as a workbook sheet on demand. */
export interface TableExport {
  csv(dialect: CsvDialect): string;
  /** `name` is the sheet's name as the user reads it; it is made valid for Excel here. */
  sheet(name: string): WorkbookSheet;
}

export function tableExport<Row>(
  rows: readonly Row[],
  columns: ReadonlyArray<CsvColumn<Row>>,
): TableExport {
  return {
    csv: (dialect) => writeCsv(rows, columns, dialect),
    sheet: (name) => ({ name: sheetName(name), columns: columns.map((c) => sheetColumn(rows, c)) }),
  };
}

type Kind = SheetColumn['kind'];

function kindOf(value: Exclude<CsvValue, null>): Kind {
  if (typeof value === 'string') return 'text';
  if ('cents' in value) return 'money';
  if ('int' in value) return 'int';
  if ('month' in value) return 'text';
  return 'date';
}

/**
 * A column's cells with their type. A column is one kind throughout; should one ever mix kinds
 * (a total row with a word among amounts), it becomes text written as the CSV would show it in
 * ISO style, so nothing is lost or turned into a wrong number.
 */
function sheetColumn<Row>(rows: readonly Row[], column: CsvColumn<Row>): SheetColumn {
  // One pass (250,000 rows): each cell's plain value, and whether the column is one kind.
  const cells: CsvValue[] = new Array(rows.length);
  const values: Array<string | number | null> = new Array(rows.length);
  let kind: Kind | null = null;
  let mixed = false;
  for (let i = 0; i < rows.length; i++) {
    const cell = column.value(rows[i]!);
    cells[i] = cell;
    if (cell === null) {
      values[i] = null;
      continue;
    }
    const own = kindOf(cell);
    if (kind === null) kind = own;
    else if (own !== kind) mixed = true;
    values[i] = plain(cell);
  }
  const { header } = column;
  if (mixed || kind === null || kind === 'text')
    return { header, kind: 'text', values: mixed ? cells.map(asText) : (values as string[]) };
  return { header, kind, values } as SheetColumn;
}

/** A cell's value as the workbook takes it: text, cents, a whole number or an ISO date. */
function plain(cell: Exclude<CsvValue, null>): string | number {
  if (typeof cell === 'string') return cell;
  if ('cents' in cell) return cell.cents;
  if ('int' in cell) return Math.trunc(cell.int);
  if ('month' in cell) return cell.month;
  return cell.date;
}

function asText(cell: CsvValue): string | null {
  if (cell === null || typeof cell === 'string') return cell;
  if ('cents' in cell) {
    const abs = Math.abs(cell.cents);
    return `${cell.cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  }
  if ('int' in cell) return String(Math.trunc(cell.int));
  if ('month' in cell) return cell.month;
  return cell.date;
}

/**
 * A valid Excel sheet name from what the user reads ("Plan 2027/28" → "Plan 202728"):
 * none of [ ] : * ? / \, no apostrophe at either end, at most 31 characters, never empty.
 * Excel refuses a workbook with an invalid name as damaged, LibreOffice renames it.
 */
export function sheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .slice(0, 31)
    .trim()
    .replace(/'+$/g, '');
  return cleaned || 'Sheet1';
}

/**
 * Reading and checking a workbook (.xlsx) as the import worker does it: the chosen sheet becomes
 * the same table of text the CSV path reads, so mapping, preview and check are the same.
 */
import {
  checkRecords,
  unreadable,
  type CheckRequest,
  type Conversion,
  type FileProblem,
  type Inspection,
  type ReadOptions,
} from './check-file';
import { sheetNumberStyle, sheetTable, type WorkbookCell } from './sheet-table';

export interface Workbook {
  sheets: ReadonlyArray<{ name: string; data: readonly (readonly WorkbookCell[])[] }>;
}

/** Rows handed on at a time (progress is told per chunk). */
const CHUNK = 5_000;

/** The sheet to read: the chosen one, else the first with anything in it. */
function chosenSheet(book: Workbook, name: string | undefined) {
  return (
    book.sheets.find((s) => s.name === name) ??
    book.sheets.find((s) => s.data.some((row) => row.some((c) => c !== null && c !== ''))) ??
    book.sheets[0]
  );
}

/** The workbook's head for the mapping step and preview (the whole sheet is read already). */
export function inspectSheet(book: Workbook, options: Partial<ReadOptions>): Inspection {
  const sheet = chosenSheet(book, options.sheet);
  const style = options.numberStyle ?? sheetNumberStyle(sheet?.data ?? []);
  const table = sheetTable(sheet?.data ?? [], style);
  const sample = table.rows.slice(0, 50);
  return {
    encoding: 'utf-8',
    separator: ',',
    quotesOff: false,
    sheet: sheet?.name,
    sheets: book.sheets.map((s) => s.name),
    header: table.header,
    sample,
    sampleLines: table.lines.slice(0, sample.length),
    style,
    problem: table.problem,
  };
}

/** Checks every row of the chosen sheet; numbers are read in the request's number style. */
export function checkSheet(
  book: Workbook,
  request: CheckRequest,
  onProgress?: (fraction: number) => void,
): Conversion {
  const sheet = chosenSheet(book, request.options.sheet);
  const table = sheetTable(sheet?.data ?? [], request.context.style);
  return checkRecords((onRows) => {
    if (!table.problem)
      for (let start = 0; start < table.rows.length; start += CHUNK) {
        onRows(table.rows.slice(start, start + CHUNK), table.lines.slice(start, start + CHUNK));
        onProgress?.(Math.min(1, (start + CHUNK) / table.rows.length));
      }
    return { problem: table.problem, notes: table.notes };
  }, request);
}

/** A workbook that cannot be read at all, for the inspection or the check. */
export function unreadableWorkbook(reason: 'unreadable' | 'old-excel') {
  const problem: FileProblem = { kind: 'workbook', reason };
  const inspection: Inspection = {
    encoding: 'utf-8',
    separator: ',',
    header: [],
    sample: [],
    sampleLines: [],
    style: 'de',
    problem,
  };
  return { inspection, conversion: unreadable([], problem) };
}

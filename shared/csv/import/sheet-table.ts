import { CONTROLS, MAX_COLUMNS, type ReadNote, type ReadProblem } from '../csv-records';
import { numberStyleVotes } from '../read-csv';

/**
 * A cell as the workbook reader gives it: text, a number as its stored digits (kept as written
 * so no float is re-rounded on the way), a yes/no, a date, or nothing.
 */
export type WorkbookCell = string | boolean | Date | { digits: string } | null;

/** A sheet read as the CSV reader reads a file: text cells, each row with its row number. */
export interface SheetTable {
  header: string[];
  rows: string[][];
  /** The sheet's row number of each data row (as Excel and Calc number them). */
  lines: number[];
  problem: ReadProblem | null;
  notes: ReadNote[];
}

/**
 * A number in the style the import reads (German "1234,5", English "1234.5"), without group
 * marks, to the 15 significant digits a spreadsheet shows: a stored 0.30000000000000004 is the
 * 0.3 the user saw.
 */
export function numberText(digits: string, style: 'de' | 'en'): string {
  const value = Number(digits);
  if (!Number.isFinite(value)) return digits;
  const shown = String(Number(value.toPrecision(15)));
  return style === 'de' ? shown.replace('.', ',') : shown;
}

function cellText(cell: WorkbookCell, style: 'de' | 'en'): string {
  if (cell === null) return '';
  // The import takes one apostrophe off formula-like text (the CSV export's guard); a workbook
  // has no such guard, so its text gets one more here and comes in exactly as the cell holds it.
  if (typeof cell === 'string')
    return /^'+[=+\-@\t\r\n]/.test(cell.trim()) ? `'${cell.trim()}` : cell;
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return '';
    // The reader gives a date at midnight UTC; a time of day is kept after it.
    const iso = cell.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
  }
  return numberText(cell.digits, style);
}

const isEmpty = (cell: WorkbookCell) => cell === null || (typeof cell === 'string' && !cell.trim());

/**
 * A sheet's cells as a table of text, as the CSV path has it: the first row with anything in
 * it is the header, rows with nothing in them are left out (their numbers still count), and
 * columns empty in every row at either side are dropped (a table that starts in B3 reads as
 * one that starts in A1). Numbers become text in the import's number style.
 */
export function sheetTable(
  data: readonly (readonly WorkbookCell[])[],
  style: 'de' | 'en',
): SheetTable {
  let first = Infinity;
  let last = -1;
  for (const row of data)
    for (let c = 0; c < row.length; c++)
      if (!isEmpty(row[c] ?? null)) {
        first = Math.min(first, c);
        last = Math.max(last, c);
      }
  const empty = { header: [], rows: [], lines: [], notes: [] };
  if (last < 0) return { ...empty, problem: null };
  const width = last - first + 1;
  if (width > MAX_COLUMNS) {
    const line = data.findIndex((row) => row.length > first + MAX_COLUMNS) + 1;
    return { ...empty, problem: { kind: 'too-many-columns', line, columns: width } };
  }
  let header: string[] | null = null;
  const rows: string[][] = [];
  const lines: number[] = [];
  const notes: ReadNote[] = [];
  data.forEach((row, index) => {
    if (row.every(isEmpty)) return;
    let cleaned = false;
    const cells: string[] = [];
    for (let c = first; c <= last; c++) {
      const text = cellText(row[c] ?? null, style);
      // Control characters go as in CSV (tabs and line breaks inside a cell are kept).
      const clean = text.replace(CONTROLS, '');
      if (clean !== text) cleaned = true;
      cells.push(clean);
    }
    if (cleaned && notes.length < 500) notes.push({ kind: 'control-characters', line: index + 1 });
    if (!header) header = cells.map((h) => h.trim());
    else {
      rows.push(cells);
      lines.push(index + 1);
    }
  });
  return { header: header ?? [], rows, lines, problem: null, notes };
}

/**
 * The number style of the text cells that look like numbers (numeric cells say nothing: they
 * are written in whichever style is chosen); English when none tells.
 */
export function sheetNumberStyle(data: readonly (readonly WorkbookCell[])[]): 'de' | 'en' {
  const texts = data.slice(0, 1000).flatMap((row) => row.filter((c) => typeof c === 'string'));
  const { german, english } = numberStyleVotes(texts);
  return german > english ? 'de' : 'en';
}

/** What the first bytes say a file is: a workbook (zip), an old binary Excel file, or text. */
export function fileFormat(head: Uint8Array): 'xlsx' | 'xls' | 'text' {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (ole.every((byte, i) => head[i] === byte)) return 'xls';
  return 'text';
}

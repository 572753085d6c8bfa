/** What a cell's typed or pasted text means: an edit, nothing (read-only cell), or bad text. */
/** Why a typed or pasted cell is refused: the grid says so and keeps what was typed. */
export type CellProblem = 'not-amount' | 'negative' | 'too-large' | 'percent';

export type ParsedCell<E> =
  { ok: true; edit: E | null } | { ok: false; text: string; problem?: CellProblem };

/**
 * How a spreadsheet-like grid reads and changes its rows: values are numbers (cents or
 * percents), shown and copied in the user's language, parsed back into the caller's edits.
 */
export interface SheetModel<R, C, E> {
  rowKey: (row: R) => string;
  rowName: (row: R) => string;
  rowEditable: (row: R) => boolean;
  isEditable: (column: C) => boolean;
  value: (row: R, column: C) => number;
  format: (value: number, column: C) => string;
  /** Cell text for the clipboard, as a spreadsheet in this language reads it back. */
  clipboardText: (row: R, column: C) => string;
  parse: (row: R, column: C, text: string) => ParsedCell<E>;
  /**
   * A column that is the sum of others (the year of the months): pasted together with its
   * parts it is left out — the parts are what was copied; the total follows from them.
   */
  totalOf?: (column: C) => ((part: C) => boolean) | null;
}

/** What a paste did: cells written, and what it left out and why. */
export interface PasteSummary {
  pasted: number;
  /** Empty cells: left as they are. */
  blank: number;
  /** Totals pasted with their parts (the year with its months). */
  totals: number;
  /** Cells that cannot change here (a locked row, a computed column). */
  locked: number;
}

/** A copied block's size, and the room for it from the chosen cell. */
export interface PasteSize {
  rows: number;
  columns: number;
  roomRows: number;
  roomColumns: number;
}

export type PasteResult<E> =
  | { kind: 'edits'; edits: E[]; summary: PasteSummary }
  | { kind: 'invalid'; text: string; problem?: CellProblem }
  /** The block is larger than the grid from the chosen cell: nothing is pasted. */
  | ({ kind: 'too-big' } & PasteSize);

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rangeOf(
  a: { row: number; col: number },
  b: { row: number; col: number },
): CellRange {
  return {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.col, b.col),
    right: Math.max(a.col, b.col),
  };
}

/**
 * Edits for a block of pasted cells placed at (row, col): exactly what was copied, or nothing.
 * A block that does not fit is refused (never cut); the first text that is not a value is
 * refused with its text. Empty cells leave a cell as it is; a total pasted with its parts and
 * cells that cannot change are left out — and counted, so the user is told.
 */
export function pasteEdits<R, C, E>(
  rows: readonly R[],
  columns: readonly C[],
  at: { row: number; col: number },
  cells: readonly (readonly string[])[],
  model: Pick<SheetModel<R, C, E>, 'parse' | 'totalOf'>,
): PasteResult<E> {
  const width = Math.max(0, ...cells.map((line) => line.length));
  const roomRows = rows.length - at.row;
  const roomColumns = columns.length - at.col;
  if (cells.length > roomRows || width > roomColumns)
    return { kind: 'too-big', rows: cells.length, columns: width, roomRows, roomColumns };
  const edits: E[] = [];
  const summary: PasteSummary = { pasted: 0, blank: 0, totals: 0, locked: 0 };
  for (let r = 0; r < cells.length; r += 1) {
    const line = cells[r]!;
    const pastedColumns = line.flatMap((text, c) =>
      text.trim() === '' ? [] : [columns[at.col + c]!],
    );
    for (let c = 0; c < line.length; c += 1) {
      const text = line[c]!;
      const column = columns[at.col + c]!;
      if (text.trim() === '') {
        summary.blank += 1;
        continue;
      }
      const isPart = model.totalOf?.(column);
      if (isPart && pastedColumns.some((other) => other !== column && isPart(other))) {
        summary.totals += 1;
        continue;
      }
      const parsed = model.parse(rows[at.row + r]!, column, text);
      if (!parsed.ok) return { kind: 'invalid', text: parsed.text, problem: parsed.problem };
      if (parsed.edit) {
        edits.push(parsed.edit);
        summary.pasted += 1;
      } else summary.locked += 1;
    }
  }
  return { kind: 'edits', edits, summary };
}

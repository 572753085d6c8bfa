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
}

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
 * Edits for a block of pasted cells placed at (row, col); cells past the grid's edge are
 * dropped. All or nothing: the first text that is not a value is returned instead.
 */
export function pasteEdits<R, C, E>(
  rows: readonly R[],
  columns: readonly C[],
  at: { row: number; col: number },
  cells: readonly (readonly string[])[],
  parse: SheetModel<R, C, E>['parse'],
): { ok: true; edits: E[] } | { ok: false; text: string; problem?: CellProblem } {
  const edits: E[] = [];
  for (let r = 0; r < cells.length && at.row + r < rows.length; r += 1) {
    for (let c = 0; c < cells[r]!.length && at.col + c < columns.length; c += 1) {
      const parsed = parse(rows[at.row + r]!, columns[at.col + c]!, cells[r]![c]!);
      if (!parsed.ok) return parsed;
      if (parsed.edit) edits.push(parsed.edit);
    }
  }
  return { ok: true, edits };
}

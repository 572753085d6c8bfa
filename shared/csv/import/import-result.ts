import type { PlainMessageKey } from '../../i18n/translate';

/** A problem in one cell (or row): its line in the file, the field, the value as written. */
export interface RowError {
  /** The line in the file, counting the header as line 1. */
  line: number;
  field: string;
  value: string;
  message: PlainMessageKey;
}

export interface Converted<Record> {
  records: Record[];
  errors: RowError[];
  /** What went in other than as written (a corrected postal code, a dropped value), by line. */
  warnings?: RowError[];
}

/** The first data row is line 2 of the file (after the header). */
export const lineOf = (rowIndex: number) => rowIndex + 2;

/**
 * Converters number rows as if the file had no blank lines or breaks inside cells; the reader
 * knows where each row really starts. Re-numbers a chunk's problems by the file's lines.
 * `offset` is the number of data rows before the chunk.
 */
export function onFileLines(
  problems: readonly RowError[],
  lines: readonly number[],
  offset = 0,
): RowError[] {
  return problems.map((p) => ({ ...p, line: lines[p.line - 2 - offset] ?? p.line }));
}

/**
 * Carried from one chunk of a big file to the next, so chunks convert one by one (and their
 * rows can be dropped) while line numbers and "appears twice" still count the whole file.
 */
export interface ChunkState {
  /** Data rows before this chunk. */
  offset: number;
  seen: Set<string>;
  /** The next customer number to generate (a file without numbers). */
  nextNumber?: number;
}

export const freshChunkState = (): ChunkState => ({ offset: 0, seen: new Set() });

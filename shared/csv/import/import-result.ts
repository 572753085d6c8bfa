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
}

/** The first data row is line 2 of the file (after the header). */
export const lineOf = (rowIndex: number) => rowIndex + 2;

/**
 * Carried from one chunk of a big file to the next, so chunks convert one by one (and their
 * rows can be dropped) while line numbers and "appears twice" still count the whole file.
 */
export interface ChunkState {
  /** Data rows before this chunk. */
  offset: number;
  seen: Set<string>;
}

export const freshChunkState = (): ChunkState => ({ offset: 0, seen: new Set() });

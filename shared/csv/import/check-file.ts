/**
 * Reading and checking a whole import file, as the import worker does it (pure, so tests run
 * the same steps on fixture files): the encoding over every byte, records with their lines, the
 * conversion of each kind, and what could not go in or went in other than as written.
 */
import type { ReadNote, ReadProblem } from '../csv-records';
import {
  decodeCsv,
  detectEncoding,
  detectNumberStyle,
  detectSeparator,
  firstInvalidLine,
  parseCsv,
  type CsvEncoding,
  type CsvSeparator,
} from '../read-csv';
import type { ColumnMapping } from './column-mapping';
import {
  CHUNKED_KINDS,
  convertChunk,
  convertRows,
  type ConvertContext,
  type ImportKind,
} from './import-kinds';
import { freshChunkState, onFileLines, type RowError } from './import-result';
import { UNPLACED_MESSAGES, type Unplaced } from './value-mapping';
import { valueKey } from './value-words';

/** How the file is read; detected first, then whatever the user chose instead. */
export interface ReadOptions {
  encoding: CsvEncoding;
  separator: CsvSeparator;
  /** Quotes read as text (for a file whose stray quote would swallow rows). */
  quotesOff?: boolean;
  /** For a workbook: the sheet read (the first with anything in it unless chosen). */
  sheet?: string;
  /**
   * For a workbook's preview: the number style its numeric cells are written in (detected from
   * its text cells unless chosen), so the preview reads them as the check will.
   */
  numberStyle?: 'de' | 'en';
}

/** Why nothing of the file can be imported, with the line where it starts. */
export type FileProblem =
  | ReadProblem
  | { kind: 'encoding'; line: number; encoding: CsvEncoding }
  /** A workbook that cannot be read (damaged, password-protected, not .xlsx) or an old .xls. */
  | { kind: 'workbook'; reason: 'unreadable' | 'old-excel' };

/** The head of the file: what was detected, the header and the first rows. */
export interface Inspection extends ReadOptions {
  header: string[];
  sample: string[][];
  /** The line in the file where each sample row starts. */
  sampleLines: number[];
  /** The number style of the values (the separator's when they do not tell). */
  style: 'de' | 'en';
  /** A problem already in the head of the file. */
  problem: FileProblem | null;
  /** Set for a workbook (.xlsx): its sheets, in order (encoding and separator do not apply). */
  sheets?: string[];
}

/** The whole file checked: rows that can be stored, and every problem (the first ones listed). */
export interface Conversion {
  records: unknown[];
  errors: RowError[];
  errorCount: number;
  rowCount: number;
  /** Values that went in other than as written (the first ones listed), and how many. */
  warnings: RowError[];
  warningCount: number;
  /** Postal codes that got their leading zero back. */
  postalZeros: number;
  /** A file without customer numbers: numbers made (from `first`) and rows found by name. */
  numbers: { made: number; matched: number; first: string | null };
  /** What reading changed or guessed (control characters, a "sep=" line, the encoding). */
  notes: FileNote[];
  /** Set when the file cannot be imported at all (no records then). */
  problem: FileProblem | null;
  /**
   * Values of choice fields no word table placed, for the value step (their rows are left out
   * until the user says what each means; they are not listed as a problem per line).
   */
  unplaced: Unplaced[];
}

/** Distinct unplaced values listed at most (a file of free text in a choice column has more). */
export const LISTED_VALUES = 100;

/** What reading did that the user should know of, with the line to look at. */
export type FileNote = ReadNote | { kind: 'windows-1252'; line: number };

/** Problems beyond this many are counted, not listed (a broken file can have 250,000). */
export const LISTED_ERRORS = 500;

/** Reads the head of a file (`size` is the whole file's) for the mapping step and preview. */
export function inspectHead(
  head: Uint8Array,
  size: number,
  options: Partial<ReadOptions>,
): Inspection {
  const encoding = options.encoding ?? detectEncoding(head);
  const text = decodeCsv(head, encoding);
  const separator = options.separator ?? detectSeparator(text);
  const quotesOff = options.quotesOff ?? false;
  const { header, rows, lines, problem } = parseCsv(text, separator, {
    previewRows: 50,
    quotesOff,
  });
  // A head cut mid-file may end in half a row: show only rows that are surely whole.
  const cut = size > head.length;
  const sample = cut ? rows.slice(0, -1) : rows;
  // Only a quote left open by the cut is no problem yet; the check reads the whole file.
  const cutOpen = cut && problem?.kind === 'open-quote';
  return {
    encoding,
    separator,
    quotesOff,
    header,
    sample,
    sampleLines: lines.slice(0, sample.length),
    style: detectNumberStyle(sample, separator),
    problem: cutOpen ? null : problem,
  };
}

export interface CheckRequest {
  options: ReadOptions;
  kind: ImportKind;
  mapping: ColumnMapping;
  context: ConvertContext;
}

/** Checks every row of the file; nothing is written anywhere. */
export function checkFile(
  bytes: Uint8Array,
  { options, kind, mapping, context }: CheckRequest,
  onProgress?: (fraction: number) => void,
): Conversion {
  const { encoding, separator, quotesOff } = options;
  const badLine = firstInvalidLine(bytes, encoding);
  if (badLine !== null) return unreadable([], { kind: 'encoding', line: badLine, encoding });
  const text = decodeCsv(bytes, encoding);
  // Windows-1252 is a guess from bytes that are not UTF-8: say where the first character
  // outside ASCII is, so a wrong guess (a stray byte in a UTF-8 file) is seen, not imported.
  const legacy: FileNote[] = [];
  if (encoding === 'windows-1252') {
    const at = bytes.findIndex((b) => b >= 0x80);
    if (at >= 0) legacy.push({ kind: 'windows-1252', line: linesIn(bytes, at) + 1 });
  }
  return checkRecords(
    (onRows) => parseCsv(text, separator, { onProgress, quotesOff, onRows }),
    { kind, mapping, context },
    legacy,
  );
}

/** A file of which nothing can be imported, and why. */
export function unreadable(notes: FileNote[], problem: FileProblem): Conversion {
  const numbers = { made: 0, matched: 0, first: null };
  return {
    records: [],
    errors: [],
    errorCount: 0,
    rowCount: 0,
    warnings: [],
    warningCount: 0,
    postalZeros: 0,
    numbers,
    notes,
    problem,
    unplaced: [],
  };
}

/** Reads a file's data rows chunk by chunk; says why the file is not a table, if it is not. */
export type RecordSource = (onRows: (rows: string[][], lines: number[]) => void) => {
  problem: FileProblem | null;
  notes: readonly FileNote[];
};

/** Converts every row a source reads and gathers what went wrong or differently. */
export function checkRecords(
  readRows: RecordSource,
  { kind, mapping, context }: Omit<CheckRequest, 'options'>,
  legacy: readonly FileNote[] = [],
): Conversion {
  const numbers = { made: 0, matched: 0, first: null as string | null };
  const records: unknown[] = [];
  const errors: RowError[] = [];
  const warnings: RowError[] = [];
  let errorCount = 0;
  let warningCount = 0;
  let postalZeros = 0;
  let rowCount = 0;
  const unplaced = new Map<string, Unplaced>();
  const keep = (
    converted: { records: unknown[]; errors: RowError[]; warnings?: RowError[] },
    lines: readonly number[],
    offset: number,
  ) => {
    // A value no word table places is asked once in the value step, not reported per line.
    const result = { ...converted, errors: [] as RowError[] };
    for (const error of converted.errors) {
      if (!UNPLACED_MESSAGES.has(error.message)) {
        result.errors.push(error);
        continue;
      }
      const key = `${error.field}\u0000${valueKey(error.value)}`;
      const known = unplaced.get(key);
      if (known) known.rows++;
      else if (unplaced.size < LISTED_VALUES)
        unplaced.set(key, { field: error.field, value: error.value, rows: 1 });
      else result.errors.push(error);
    }
    for (const record of result.records) records.push(record);
    errorCount += result.errors.length;
    const found = result.warnings ?? [];
    warningCount += found.length;
    for (const w of found) {
      if (w.message === 'import.warning.postalZero') postalZeros++;
      else if (w.message === 'import.warning.matchedByName') numbers.matched++;
      else if (w.message === 'import.warning.numberMade') {
        numbers.made++;
        numbers.first ??= w.value;
      }
    }
    // Only what is listed is re-numbered by the file's lines (a broken file has 250,000).
    const listed = (all: readonly RowError[], room: number) => all.slice(0, Math.max(0, room));
    errors.push(
      ...onFileLines(listed(result.errors, LISTED_ERRORS - errors.length), lines, offset),
    );
    warnings.push(...onFileLines(listed(found, LISTED_ERRORS - warnings.length), lines, offset));
  };
  let read: ReturnType<RecordSource>;
  if (CHUNKED_KINDS.has(kind)) {
    // Accounts and actuals: each chunk is checked at once and its raw rows let go, so memory
    // holds the text and the records, not a third copy of every cell.
    const state = freshChunkState();
    read = readRows((rows, lines) => {
      const offset = rowCount;
      rowCount += rows.length;
      keep(convertChunk(kind, rows, mapping, context, state), lines, offset);
    });
  } else {
    const all: string[][] = [];
    const allLines: number[] = [];
    read = readRows((rows, lines) => {
      for (let i = 0; i < rows.length; i++) {
        all.push(rows[i]!);
        allLines.push(lines[i]!);
      }
    });
    rowCount = all.length;
    keep(convertRows(kind, all, mapping, context), allLines, 0);
  }
  // A file that cannot be read as a table gives nothing to import, whatever parsed before.
  const notes = [...legacy, ...read.notes];
  if (read.problem) return unreadable(notes, read.problem);
  return {
    records,
    errors,
    errorCount,
    rowCount,
    warnings,
    warningCount,
    postalZeros,
    numbers,
    notes,
    problem: null,
    unplaced: [...unplaced.values()],
  };
}

/** Line breaks (CR, LF or CRLF) in the bytes before `end` (ASCII bytes in every encoding read here but UTF-16, which has no legacy guess). */
function linesIn(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0x0a) count++;
    else if (bytes[i] === 0x0d) {
      count++;
      if (bytes[i + 1] === 0x0a) i++;
    }
  }
  return count;
}

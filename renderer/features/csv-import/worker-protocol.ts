import type { CsvEncoding, CsvSeparator } from '../../../shared/csv/read-csv';
import type { ColumnMapping } from '../../../shared/csv/import/column-mapping';
import type { ConvertContext, ImportKind } from '../../../shared/csv/import/import-kinds';
import type { RowError } from '../../../shared/csv/import/import-result';

/** How the file is read; detected first, then whatever the user chose instead. */
export interface ReadOptions {
  encoding: CsvEncoding;
  separator: CsvSeparator;
}

export type WorkerRequest =
  | { type: 'inspect'; file: Blob; options: Partial<ReadOptions> }
  | {
      type: 'convert';
      file: Blob;
      options: ReadOptions;
      kind: ImportKind;
      mapping: ColumnMapping;
      context: ConvertContext;
    };

/** The head of the file: what was detected, the header and the first rows. */
export interface Inspection extends ReadOptions {
  header: string[];
  sample: string[][];
  /** The number style the separator suggests (";" files write "1.234,56"). */
  style: 'de' | 'en';
}

/** The whole file checked: rows that can be stored, and every problem (the first ones listed). */
export interface Conversion {
  records: unknown[];
  errors: RowError[];
  errorCount: number;
  rowCount: number;
}

export type WorkerResponse =
  | { type: 'inspected'; inspection: Inspection }
  | { type: 'progress'; fraction: number }
  | { type: 'converted'; conversion: Conversion }
  | { type: 'failed'; message: string };

/** Problems beyond this many are counted, not listed (a broken file can have 250,000). */
export const LISTED_ERRORS = 500;

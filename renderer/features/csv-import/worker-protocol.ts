import type { ColumnMapping } from '@shared/csv/import/column-mapping';
import type { ConvertContext, ImportKind } from '@shared/csv/import/import-kinds';
import type {
  Conversion,
  FileProblem,
  Inspection,
  ReadOptions,
} from '@shared/csv/import/check-file';

export type { Conversion, FileProblem, Inspection, ReadOptions };
export { LISTED_ERRORS } from '@shared/csv/import/check-file';

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

export type WorkerResponse =
  | { type: 'inspected'; inspection: Inspection }
  | { type: 'progress'; fraction: number }
  | { type: 'converted'; conversion: Conversion }
  | { type: 'failed'; message: string };

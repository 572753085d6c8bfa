/// <reference lib="webworker" />
import { CHUNKED_KINDS, convertChunk, convertRows } from '../../../shared/csv/import/import-kinds';
import { freshChunkState, type RowError } from '../../../shared/csv/import/import-result';
import { decodeCsv, detectEncoding, detectSeparator, parseCsv } from '../../../shared/csv/read-csv';
import {
  LISTED_ERRORS,
  type Inspection,
  type WorkerRequest,
  type WorkerResponse,
} from './worker-protocol';

// Parsing and checking 250,000 rows takes seconds: here, off the window's thread. Cancelling
// terminates this worker; nothing it does writes anywhere.
const post = (message: WorkerResponse) => postMessage(message);
const HEAD = 1 << 20;

async function inspect(request: Extract<WorkerRequest, { type: 'inspect' }>): Promise<Inspection> {
  const head = new Uint8Array(await request.file.slice(0, HEAD).arrayBuffer());
  const encoding = request.options.encoding ?? detectEncoding(head);
  const text = decodeCsv(head, encoding);
  const separator = request.options.separator ?? detectSeparator(text);
  const { header, rows } = parseCsv(text, separator, { previewRows: 50 });
  // A head cut mid-file may end in half a row: show only rows that are surely whole.
  const sample = request.file.size > HEAD ? rows.slice(0, -1) : rows;
  return { encoding, separator, header, sample, style: separator === ';' ? 'de' : 'en' };
}

async function convert(request: Extract<WorkerRequest, { type: 'convert' }>) {
  // The bytes are dropped as soon as they are text (no reference outlives this line).
  const text = decodeCsv(
    new Uint8Array(await request.file.arrayBuffer()),
    request.options.encoding,
  );
  let last = 0;
  const onProgress = (fraction: number) => {
    if (fraction - last >= 0.02) post({ type: 'progress', fraction: (last = fraction) });
  };
  const records: unknown[] = [];
  const errors: RowError[] = [];
  let errorCount = 0;
  let rowCount = 0;
  const keep = (result: { records: unknown[]; errors: RowError[] }) => {
    for (const record of result.records) records.push(record);
    errorCount += result.errors.length;
    for (const error of result.errors) if (errors.length < LISTED_ERRORS) errors.push(error);
  };
  const { kind, mapping, context } = request;
  if (CHUNKED_KINDS.has(kind)) {
    // Accounts and actuals: each parsed chunk is checked at once and its raw rows let go, so
    // memory holds the text and the records, not a third copy of every cell.
    const state = freshChunkState();
    parseCsv(text, request.options.separator, {
      onProgress,
      onRows: (rows) => {
        rowCount += rows.length;
        keep(convertChunk(kind, rows, mapping, context, state));
      },
    });
  } else {
    const { rows } = parseCsv(text, request.options.separator, { onProgress });
    rowCount = rows.length;
    keep(convertRows(kind, rows, mapping, context));
  }
  post({ type: 'converted', conversion: { records, errors, errorCount, rowCount } });
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const work =
    request.type === 'inspect'
      ? inspect(request).then((inspection) => post({ type: 'inspected', inspection }))
      : convert(request);
  work.catch((error: unknown) =>
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};

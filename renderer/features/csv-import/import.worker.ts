/// <reference lib="webworker" />
import { convertRows } from '../../../shared/csv/import/import-kinds';
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
  const bytes = new Uint8Array(await request.file.arrayBuffer());
  const text = decodeCsv(bytes, request.options.encoding);
  let last = 0;
  const { rows } = parseCsv(text, request.options.separator, {
    onProgress: (fraction) => {
      // Parsing is about half the work; checking the rows the rest.
      if (fraction - last >= 0.02) post({ type: 'progress', fraction: (last = fraction) * 0.6 });
    },
  });
  post({ type: 'progress', fraction: 0.6 });
  const result = convertRows(request.kind, rows, request.mapping, request.context);
  post({
    type: 'converted',
    conversion: {
      records: result.records,
      errors: result.errors.slice(0, LISTED_ERRORS),
      errorCount: result.errors.length,
      rowCount: rows.length,
    },
  });
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

/// <reference lib="webworker" />
import { checkFile, inspectHead } from '@shared/csv/import/check-file';
import { checkSheet, inspectSheet, unreadableWorkbook } from '@shared/csv/import/check-sheet';
import { fileFormat } from '@shared/csv/import/sheet-table';
import { readWorkbook } from './read-workbook';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

// Parsing and checking 250,000 rows takes seconds: here, off the window's thread. Cancelling
// terminates this worker; nothing it does writes anywhere.
const post = (message: WorkerResponse) => postMessage(message);
const HEAD = 1 << 20;

/** A workbook, read whole (a zip has no head to read alone), or why it cannot be read. */
async function workbookOf(file: Blob, format: 'xlsx' | 'xls') {
  if (format === 'xls') return unreadableWorkbook('old-excel');
  try {
    return { book: await readWorkbook(file) };
  } catch {
    return unreadableWorkbook('unreadable');
  }
}

async function inspect(request: Extract<WorkerRequest, { type: 'inspect' }>) {
  const head = new Uint8Array(await request.file.slice(0, HEAD).arrayBuffer());
  const format = fileFormat(head);
  if (format === 'text') {
    post({ type: 'inspected', inspection: inspectHead(head, request.file.size, request.options) });
    return;
  }
  const read = await workbookOf(request.file, format);
  post({
    type: 'inspected',
    inspection: 'book' in read ? inspectSheet(read.book, request.options) : read.inspection,
  });
}

async function convert(request: Extract<WorkerRequest, { type: 'convert' }>) {
  let last = 0;
  const onProgress = (fraction: number) => {
    if (fraction - last >= 0.02) post({ type: 'progress', fraction: (last = fraction) });
  };
  const format = fileFormat(new Uint8Array(await request.file.slice(0, 8).arrayBuffer()));
  if (format !== 'text') {
    const read = await workbookOf(request.file, format);
    const conversion =
      'book' in read ? checkSheet(read.book, request, onProgress) : read.conversion;
    post({ type: 'converted', conversion });
    return;
  }
  // The bytes are let go once checked (no reference outlives this call).
  const bytes = new Uint8Array(await request.file.arrayBuffer());
  post({ type: 'converted', conversion: checkFile(bytes, request, onProgress) });
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const work = request.type === 'inspect' ? inspect(request) : convert(request);
  work.catch((error: unknown) =>
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};

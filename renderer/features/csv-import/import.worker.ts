/// <reference lib="webworker" />
import { checkFile, inspectHead } from '../../../shared/csv/import/check-file';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

// Parsing and checking 250,000 rows takes seconds: here, off the window's thread. Cancelling
// terminates this worker; nothing it does writes anywhere.
const post = (message: WorkerResponse) => postMessage(message);
const HEAD = 1 << 20;

async function inspect(request: Extract<WorkerRequest, { type: 'inspect' }>) {
  const head = new Uint8Array(await request.file.slice(0, HEAD).arrayBuffer());
  post({ type: 'inspected', inspection: inspectHead(head, request.file.size, request.options) });
}

async function convert(request: Extract<WorkerRequest, { type: 'convert' }>) {
  let last = 0;
  const onProgress = (fraction: number) => {
    if (fraction - last >= 0.02) post({ type: 'progress', fraction: (last = fraction) });
  };
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

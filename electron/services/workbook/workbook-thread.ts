/**
 * The workbook writer's own thread: a 250,000-row workbook takes seconds of CPU, which on
 * main's thread would hold up every save the window asks for meanwhile. Receives the sheet
 * and options as workerData, answers with the file's bytes (transferred, not copied).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeWorkbook, type WorkbookOptions } from './write-workbook';
import type { WorkbookSheet } from '@shared/ipc/workbook-schema';

const job = workerData as { sheet?: WorkbookSheet; options?: WorkbookOptions } | null;
// Only as the workbook thread (a test that loads main's glue as a module imports this too).
if (parentPort && job?.sheet && job.options) {
  const port = parentPort;
  const { sheet, options } = job;
  void writeWorkbook(sheet, options).then((parts) => {
    const bytes = Buffer.concat(parts);
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    port.postMessage(copy, [copy]);
  });
}

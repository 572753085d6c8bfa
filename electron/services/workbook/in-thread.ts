import type { Worker, WorkerOptions } from 'node:worker_threads';
import type { WorkbookSheet } from '@shared/ipc/workbook-schema';
import type { WorkbookOptions } from './write-workbook';

/** Starts the workbook thread (electron-vite's `?nodeWorker` import in main). */
export type StartWorkbookThread = (options: WorkerOptions) => Worker;

/**
 * A workbook writer that writes in a thread of its own, one per export, and gives back the
 * file's bytes; the thread's error (or its end without an answer) rejects.
 */
export function writeWorkbookInThread(start: StartWorkbookThread) {
  return (sheet: WorkbookSheet, options: WorkbookOptions): Promise<Buffer[]> =>
    new Promise((resolve, reject) => {
      const worker = start({ workerData: { sheet, options } });
      let answered = false;
      worker.once('message', (bytes: ArrayBuffer) => {
        answered = true;
        resolve([Buffer.from(bytes)]);
        void worker.terminate();
      });
      worker.once('error', (error) => {
        answered = true;
        reject(error);
      });
      worker.once('exit', (code) => {
        if (!answered) reject(new Error(`The workbook writer stopped (exit code ${code}).`));
      });
    });
}

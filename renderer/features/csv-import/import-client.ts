import { runInWorker } from '@renderer/app/worker-task';
import type {
  Conversion,
  Inspection,
  ReadOptions,
  WorkerRequest,
  WorkerResponse,
} from './worker-protocol';

export { TaskCancelled as ImportCancelled, type RunningTask } from '@renderer/app/worker-task';

function run<T>(
  request: WorkerRequest,
  pick: (response: WorkerResponse) => T | undefined,
  onProgress?: (fraction: number) => void,
) {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  return runInWorker(worker, request, pick, onProgress);
}

/** Reads the head of a file: encoding, separator (both overridable), header, first rows. */
export function inspectFile(file: Blob, options: Partial<ReadOptions> = {}) {
  return run<Inspection>({ type: 'inspect', file, options }, (r) =>
    r.type === 'inspected' ? r.inspection : undefined,
  );
}

/** Parses and checks the whole file with the chosen mapping, off the main thread. */
export function convertFile(
  request: Omit<Extract<WorkerRequest, { type: 'convert' }>, 'type'>,
  onProgress: (fraction: number) => void,
) {
  return run<Conversion>(
    { type: 'convert', ...request },
    (r) => (r.type === 'converted' ? r.conversion : undefined),
    onProgress,
  );
}

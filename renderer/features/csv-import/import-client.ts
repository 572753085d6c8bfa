import type {
  Conversion,
  Inspection,
  ReadOptions,
  WorkerRequest,
  WorkerResponse,
} from './worker-protocol';

export class ImportCancelled extends Error {
  override readonly name = 'ImportCancelled';
}

export interface RunningTask<T> {
  result: Promise<T>;
  /** Stops at once (the worker is terminated); `result` rejects with ImportCancelled. */
  cancel: () => void;
}

function run<T>(
  request: WorkerRequest,
  pick: (response: WorkerResponse) => T | undefined,
  onProgress?: (fraction: number) => void,
): RunningTask<T> {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let reject: (error: Error) => void = () => undefined;
  const result = new Promise<T>((resolve, fail) => {
    reject = fail;
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const response = event.data;
      if (response.type === 'progress') return onProgress?.(response.fraction);
      worker.terminate();
      if (response.type === 'failed') return fail(new Error(response.message));
      const value = pick(response);
      if (value === undefined) fail(new Error(`unexpected ${response.type}`));
      else resolve(value);
    };
    worker.onerror = (event) => {
      worker.terminate();
      fail(new Error(event.message || 'worker failed'));
    };
  });
  worker.postMessage(request);
  return {
    result,
    cancel: () => {
      worker.terminate();
      reject(new ImportCancelled());
    },
  };
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

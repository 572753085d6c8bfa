/** Thrown by a task's `result` when the user cancelled it. */
export class TaskCancelled extends Error {
  override readonly name = 'TaskCancelled';
}

export interface RunningTask<T> {
  result: Promise<T>;
  /** Stops at once (the worker is terminated); `result` rejects with TaskCancelled. */
  cancel: () => void;
}

type Reply =
  { type: 'progress'; fraction: number } | { type: 'failed'; message: string } | { type: string };

/**
 * Runs one request in a fresh worker: progress replies go to `onProgress`, the first other reply
 * ends it (`pick` turns it into the result). The worker is terminated either way.
 */
export function runInWorker<Request, Response extends Reply, T>(
  worker: Worker,
  request: Request,
  pick: (response: Response) => T | undefined,
  onProgress?: (fraction: number) => void,
  transfer: Transferable[] = [],
): RunningTask<T> {
  let reject: (error: Error) => void = () => undefined;
  const result = new Promise<T>((resolve, fail) => {
    reject = fail;
    worker.onmessage = (event: MessageEvent<Response>) => {
      const response = event.data;
      if (response.type === 'progress') {
        onProgress?.((response as { fraction: number }).fraction);
        return;
      }
      worker.terminate();
      if (response.type === 'failed')
        return fail(new Error((response as { message: string }).message));
      const value = pick(response);
      if (value === undefined) fail(new Error(`unexpected ${response.type}`));
      else resolve(value);
    };
    worker.onerror = (event) => {
      worker.terminate();
      fail(new Error(event.message || 'worker failed'));
    };
  });
  worker.postMessage(request, transfer);
  return {
    result,
    cancel: () => {
      worker.terminate();
      reject(new TaskCancelled());
    },
  };
}

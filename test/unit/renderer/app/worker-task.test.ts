import { describe, expect, it } from 'vitest';
import { runInWorker, TaskCancelled } from '@renderer/app/worker-task';

/** A stand-in Worker: records what it was sent and whether it was stopped; replies on demand. */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: Array<{ message: unknown; transfer: Transferable[] }> = [];
  terminated = false;
  postMessage(message: unknown, transfer: Transferable[] = []) {
    this.sent.push({ message, transfer });
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
}

type Reply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; value: number }
  | { type: 'failed'; message: string };
const start = (worker: FakeWorker, progress: number[] = []) =>
  runInWorker<{ n: number }, Reply, number>(
    worker as unknown as Worker,
    { n: 1 },
    (r) => (r.type === 'done' ? r.value : undefined),
    (fraction) => progress.push(fraction),
    [new ArrayBuffer(8)],
  );

describe('runInWorker', () => {
  it('hands the request and its buffers over, reports progress, resolves and stops the worker', async () => {
    const worker = new FakeWorker();
    const progress: number[] = [];
    const task = start(worker, progress);
    expect(worker.sent).toHaveLength(1);
    expect(worker.sent[0]!.transfer[0]).toBeInstanceOf(ArrayBuffer);
    worker.reply({ type: 'progress', fraction: 0.25 });
    worker.reply({ type: 'progress', fraction: 0.75 });
    expect(worker.terminated).toBe(false);
    worker.reply({ type: 'done', value: 42 });
    await expect(task.result).resolves.toBe(42);
    expect(progress).toEqual([0.25, 0.75]);
    expect(worker.terminated).toBe(true);
  });

  it('cancel stops the worker at once and rejects with TaskCancelled', async () => {
    const worker = new FakeWorker();
    const task = start(worker);
    worker.reply({ type: 'progress', fraction: 0.5 });
    task.cancel();
    expect(worker.terminated).toBe(true);
    await expect(task.result).rejects.toBeInstanceOf(TaskCancelled);
  });

  it('a failure in the worker rejects with its message', async () => {
    const worker = new FakeWorker();
    const task = start(worker);
    worker.reply({ type: 'failed', message: 'out of memory' });
    await expect(task.result).rejects.toThrow('out of memory');
    expect(worker.terminated).toBe(true);
  });
});

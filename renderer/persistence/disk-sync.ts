import type { ChangeOp } from '../../shared/persistence/tables';
import type { IpcErrorCode, IpcResult } from '../../shared/ipc/result';
import type { PlannerDatabase } from '../db/db';

export type DiskSyncStatus =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'failed'; code: IpcErrorCode; message: string }
  | { kind: 'no-shell' };

export interface AppendApi {
  appendChanges(request: { ops: ChangeOp[] }): Promise<IpcResult<{ revision: number }>>;
}

/** Rows per journal call: keeps each IPC message and each main-side write small. */
const ROWS_PER_CALL = 5_000;
const OPS_PER_CALL = 200;
const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

/** Splits the outbox's ops so that no call carries more than ROWS_PER_CALL rows or keys. */
export function batchOps(ops: readonly ChangeOp[]): ChangeOp[][] {
  const batches: ChangeOp[][] = [];
  let current: ChangeOp[] = [];
  let size = 0;
  const push = (op: ChangeOp, weight: number) => {
    if (current.length && (size + weight > ROWS_PER_CALL || current.length >= OPS_PER_CALL)) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(op);
    size += weight;
  };
  for (const op of ops) {
    if (op.type === 'put') {
      for (let start = 0; start < op.rows.length; start += ROWS_PER_CALL) {
        const rows = op.rows.slice(start, start + ROWS_PER_CALL);
        push({ ...op, rows }, rows.length);
      }
    } else if (op.type === 'delete') {
      for (let start = 0; start < op.keys.length; start += ROWS_PER_CALL) {
        const keys = op.keys.slice(start, start + ROWS_PER_CALL);
        push({ ...op, keys }, keys.length);
      }
    } else {
      push(op, 1);
    }
  }
  if (current.length) batches.push(current);
  return batches;
}

/**
 * Sends committed changes from the outbox to main, oldest first, shortly after each commit;
 * removes them only once main confirms they are on disk. Failures are reported and retried.
 */
export function startDiskSync(
  db: PlannerDatabase,
  api: AppendApi,
  report: (status: DiskSyncStatus) => void,
) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let failures = 0;
  let stopped = false;

  const flush = async (): Promise<void> => {
    for (;;) {
      const entries = await db.outbox.orderBy('seq').limit(OPS_PER_CALL).toArray();
      if (entries.length === 0) break;
      report({ kind: 'saving' });
      let revision = 0;
      for (const batch of batchOps(entries.map((e) => e.op))) {
        const result = await api.appendChanges({ ops: batch });
        if (!result.ok) throw result.error;
        revision = result.data.revision;
      }
      // If a later batch fails, the earlier ones are sent again: puts, deletes and clears
      // re-applied in the same order leave the same state, so that is safe.
      await db.transaction('rw', db.outbox, db.sync, async () => {
        await db.outbox.bulkDelete(entries.map((e) => e.seq!));
        await db.sync.put({ key: 'revision', value: revision });
      });
    }
    failures = 0;
    report({ kind: 'saved' });
  };

  const schedule = (delay: number) => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void run();
    }, delay);
  };

  let again = false;
  const run = (): Promise<void> => {
    if (running) {
      // A commit landed while a flush was under way: flush once more when it is done.
      again = true;
      return running;
    }
    running = flush()
      .catch((error: { code?: IpcErrorCode; message?: string }) => {
        report({
          kind: 'failed',
          code: error.code ?? 'failed',
          message: error.message ?? String(error),
        });
        schedule(RETRY_MS[Math.min(failures, RETRY_MS.length - 1)]!);
        failures += 1;
      })
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          schedule(0);
        }
      });
    return running;
  };

  db.journal.onCommitted = () => schedule(100);
  return {
    /** Writes everything pending now, including what a running flush started without. */
    flushNow: async () => {
      while (running) await running;
      await run();
    },
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      db.journal.onCommitted = () => undefined;
    },
  };
}

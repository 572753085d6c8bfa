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
/** Rows of committed ops kept in memory for sending; the rest are read back from the outbox. */
const MAX_HELD_ROWS = 100_000;

const weightOf = (op: ChangeOp) =>
  op.type === 'put' ? op.rows.length : op.type === 'delete' ? op.keys.length : 1;

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
  reportStatus: (status: DiskSyncStatus) => void,
) {
  let lastKind: DiskSyncStatus['kind'] | null = null;
  const report = (status: DiskSyncStatus) => {
    lastKind = status.kind;
    reportStatus(status);
  };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let failures = 0;
  let stopped = false;

  // Ops committed in this session, by outbox seq: sent from memory, because reading a large
  // change back out of IndexedDB blocks the UI thread for a quarter of a second. The outbox
  // stays the durable record (and the source after a restart).
  const committed = new Map<number, ChangeOp>();
  let heldRows = 0;

  const pendingOps = async (): Promise<{ seqs: number[]; ops: ChangeOp[] }> => {
    const seqs = (await db.outbox.orderBy('seq').limit(OPS_PER_CALL).primaryKeys()) as number[];
    const missing = seqs.filter((seq) => !committed.has(seq));
    const stored = new Map<number, ChangeOp>();
    if (missing.length) {
      const rows = await db.outbox.bulkGet(missing);
      rows.forEach((row, index) => row && stored.set(missing[index]!, row.op));
    }
    return { seqs, ops: seqs.map((seq) => committed.get(seq) ?? stored.get(seq)!) };
  };

  const flush = async (): Promise<void> => {
    for (;;) {
      const { seqs, ops } = await pendingOps();
      if (seqs.length === 0) break;
      if (lastKind !== 'saving') report({ kind: 'saving' });
      let revision = 0;
      for (const batch of batchOps(ops)) {
        const result = await api.appendChanges({ ops: batch });
        if (!result.ok) throw result.error;
        revision = result.data.revision;
      }
      // If a later batch fails, the earlier ones are sent again: puts, deletes and clears
      // re-applied in the same order leave the same state, so that is safe.
      await db.transaction('rw', db.outbox, db.sync, async () => {
        await db.outbox.bulkDelete(seqs);
        await db.sync.put({ key: 'revision', value: revision });
      });
      for (const seq of seqs) {
        const op = committed.get(seq);
        if (op) heldRows -= weightOf(op);
        committed.delete(seq);
      }
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

  db.journal.onCommitted = (entries) => {
    for (const { seq, op } of entries) {
      // Beyond the cap (a long outage, a big import) the outbox alone holds them.
      const rows = weightOf(op);
      if (heldRows + rows > MAX_HELD_ROWS) continue;
      committed.set(seq, op);
      heldRows += rows;
    }
    // Not on disk yet: say so at once, not only when the flush starts (a failure stays shown).
    // Reported from its own task, so the re-render is not added to the commit's.
    setTimeout(() => {
      if (!stopped && lastKind !== 'failed' && lastKind !== 'saving') report({ kind: 'saving' });
    }, 0);
    schedule(100);
  };
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

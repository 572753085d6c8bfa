import { weightOf, type ChangeOp, type OutboxCursor } from '@shared/persistence/tables';
import type { IpcErrorCode, IpcResult } from '@shared/ipc/result';
import type { PlannerDatabase } from '../db/db';
import { batchOutbox, coversWhole, OPS_PER_CALL, type PendingOp } from './outbox-batches';

export type DiskSyncStatus =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'failed'; code: IpcErrorCode; message: string }
  /** A change main refused outright (not plain data, too large): kept aside, the rest saved. */
  | { kind: 'set-aside'; count: number; code: IpcErrorCode; message: string }
  | { kind: 'no-shell' };

export interface AppendApi {
  appendChanges(request: {
    ops: ChangeOp[];
    cursor?: OutboxCursor;
  }): Promise<IpcResult<{ revision: number }>>;
}

const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];
/** Rows of committed ops kept in memory for sending; the rest are read back from the outbox. */
const MAX_HELD_ROWS = 100_000;
/** Failures that no retry can fix: the batch is set aside so the rest can reach the disk. */
const PERMANENT = new Set<IpcErrorCode>(['invalid-request', 'too-large']);

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

  const pendingOps = async (): Promise<PendingOp[]> => {
    const seqs = (await db.outbox.orderBy('seq').limit(OPS_PER_CALL).primaryKeys()) as number[];
    const missing = seqs.filter((seq) => !committed.has(seq));
    const stored = new Map<number, ChangeOp>();
    if (missing.length) {
      const rows = await db.outbox.bulkGet(missing);
      rows.forEach((row, index) => row && stored.set(missing[index]!, row.op));
    }
    // Part of the first entry may be on disk already (a batch of it was acknowledged).
    const cursor = (await db.sync.get('revision'))?.cursor ?? null;
    return seqs.map((seq) => ({
      seq,
      op: committed.get(seq) ?? stored.get(seq)!,
      from: cursor && cursor.seq === seq ? cursor.rows : 0,
    }));
  };

  /** Books one acknowledged batch: the revision and the outbox cleanup commit together. */
  const book = async (revision: number, cursor: OutboxCursor, pending: readonly PendingOp[]) => {
    const done = pending
      .filter(({ seq, op }) => seq < cursor.seq || (seq === cursor.seq && coversWhole(cursor, op)))
      .map(({ seq }) => seq);
    await db.transaction('rw', db.outbox, db.sync, async () => {
      await db.outbox.bulkDelete(done);
      await db.sync.put({ key: 'revision', value: revision, cursor });
    });
    forget(done);
  };

  /** Drops entries that left the outbox from the ones held in memory. */
  const forget = (seqs: readonly number[]) => {
    for (const seq of seqs) {
      const op = committed.get(seq);
      if (op) heldRows -= weightOf(op);
      committed.delete(seq);
    }
  };

  /** Moves entries main refused outright out of the way, kept aside, and says so. */
  const setAside = async (seqs: number[], error: { code: IpcErrorCode; message: string }) => {
    await db.transaction('rw', db.outbox, db.sync, async () => {
      const rows = await db.outbox.bulkGet(seqs);
      const kept = (await db.sync.get('set-aside'))?.entries ?? [];
      const entries = [...kept, ...rows.flatMap((row) => (row ? [row.op] : []))];
      await db.sync.put({ key: 'set-aside', value: entries.length, entries });
      await db.outbox.bulkDelete(seqs);
    });
    forget(seqs);
    report({ kind: 'set-aside', count: seqs.length, code: error.code, message: error.message });
  };

  const flush = async (): Promise<void> => {
    for (;;) {
      const pending = await pendingOps();
      if (pending.length === 0) break;
      if (lastKind !== 'saving') report({ kind: 'saving' });
      for (const batch of batchOutbox(pending)) {
        const result = await api.appendChanges({ ops: batch.ops, cursor: batch.cursor });
        if (!result.ok && PERMANENT.has(result.error.code)) {
          // Retrying cannot help, and waiting would keep every later change off the disk.
          await setAside(batch.seqs, result.error);
          break;
        }
        if (!result.ok) throw result.error;
        await book(result.data.revision, batch.cursor, pending);
      }
    }
    failures = 0;
    if (lastKind !== 'set-aside') report({ kind: 'saved' });
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

import type Dexie from 'dexie';
import type { DBCoreMutateRequest, DBCoreTable, DBCoreTransaction } from 'dexie';
import {
  TABLE_NAMES,
  type ChangeOp,
  type RowKey,
  type TableName,
} from '@shared/persistence/tables';

export interface JournalControl {
  /** While true, writes are not journaled (applying what came from disk). */
  paused: boolean;
  /**
   * Called after a transaction that journaled something has committed, with the outbox
   * entries it added (so the disk sync can send them without reading them back).
   */
  onCommitted: (entries: Array<{ seq: number; op: ChangeOp }>) => void;
  /**
   * Told the changes of every committed transaction, journaled or not; `null` means "the
   * whole workspace was replaced" (restore, import), so views must reload.
   */
  subscribe: (listener: (ops: ChangeOp[] | null) => void) => () => void;
  /** Announces a whole-workspace replacement to subscribers. */
  announceReplaced: () => void;
  /**
   * Transactions that apply changes from the team server (their native transactions): their
   * outbox entries are marked `origin: 'team'`, so main keeps them but never sends them back.
   */
  teamTransactions: WeakSet<object>;
}

const JOURNALED = new Set<string>(TABLE_NAMES);
const RANGE_ANY = 3; // DBCoreRangeType.Any: a whole-table delete (clear)

/**
 * Journals every committed change: each write to a workspace table also adds its change to
 * the outbox, in the same IndexedDB transaction — so a change and its journal entry commit
 * together or not at all, even if the app crashes before main has written it to disk.
 */
export function installJournal(db: Dexie): JournalControl {
  const listeners = new Set<(ops: ChangeOp[] | null) => void>();
  const control: JournalControl = {
    paused: false,
    onCommitted: () => undefined,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    announceReplaced: () => listeners.forEach((listener) => listener(null)),
    teamTransactions: new WeakSet(),
  };
  const journaled = new WeakMap<object, Array<{ seq: number; op: ChangeOp }>>();
  const committedOps = new WeakMap<object, ChangeOp[]>();

  db.use({
    stack: 'dbcore',
    name: 'journal',
    // Below Dexie's own middlewares (hooks, observability, caches): it sees exactly what
    // reaches IndexedDB and writes the outbox straight into the same native transaction.
    level: -2,
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) => {
        const widen =
          mode === 'readwrite' &&
          !stores.includes('outbox') &&
          stores.some((s) => JOURNALED.has(s));
        const trans = down.transaction(widen ? [...stores, 'outbox'] : stores, mode, options);
        if (mode === 'readwrite') {
          (trans as unknown as IDBTransaction).addEventListener('complete', () => {
            const entries = journaled.get(trans);
            if (entries) control.onCommitted(entries);
            const ops = committedOps.get(trans);
            if (ops) listeners.forEach((listener) => listener(ops));
          });
        }
        return trans;
      },
      table: (name) => {
        const table = down.table(name);
        if (!JOURNALED.has(name)) return table;
        const outbox = down.table('outbox');
        return {
          ...table,
          mutate: async (request) => {
            const keysBefore = control.paused ? null : await keysToDelete(table, request);
            const result = await table.mutate(request);
            if (control.paused) return result;
            const change = changeOf(name as TableName, request, result.failures, keysBefore);
            const fromTeam = change && control.teamTransactions.has(request.trans);
            const op = fromTeam ? { ...change, origin: 'team' as const } : change;
            if (op && listeners.size > 0) {
              const ops = committedOps.get(request.trans) ?? [];
              ops.push(op);
              committedOps.set(request.trans, ops);
            }
            if (op) {
              const added = await outbox.mutate({
                type: 'add',
                trans: request.trans,
                values: [{ op }],
              });
              const entries = journaled.get(request.trans) ?? [];
              entries.push({ seq: added.results![0] as number, op });
              journaled.set(request.trans as DBCoreTransaction, entries);
            }
            return result;
          },
        };
      },
    }),
  });
  return control;
}

/** A ranged delete must be journaled as the keys it removes, so look them up first. */
async function keysToDelete(
  table: DBCoreTable,
  request: DBCoreMutateRequest,
): Promise<RowKey[] | null> {
  if (request.type !== 'deleteRange' || request.range.type === RANGE_ANY) return null;
  const found = await table.query({
    trans: request.trans,
    values: false,
    query: { index: table.schema.primaryKey, range: request.range },
  });
  return found.result as RowKey[];
}

function changeOf(
  table: TableName,
  request: DBCoreMutateRequest,
  failures: Record<number, unknown>,
  keysBefore: RowKey[] | null,
): ChangeOp | null {
  switch (request.type) {
    case 'add':
    case 'put': {
      const rows = request.values.filter((_, index) => !failures[index]) as Array<
        Record<string, unknown>
      >;
      return rows.length ? { type: 'put', table, rows } : null;
    }
    case 'delete':
      return request.keys.length ? { type: 'delete', table, keys: request.keys as RowKey[] } : null;
    case 'deleteRange':
      if (request.range.type === RANGE_ANY) return { type: 'clear', table };
      return keysBefore?.length ? { type: 'delete', table, keys: keysBefore } : null;
  }
}

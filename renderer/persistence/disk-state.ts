import { TABLE_NAMES, type WorkspaceTables } from '../../shared/persistence/tables';
import type { PlannerDatabase } from '../db/db';

/** Every workspace table as plain rows, to hand the whole workspace to main. */
export async function dumpWorkspace(db: PlannerDatabase): Promise<WorkspaceTables> {
  const entries = await Promise.all(
    TABLE_NAMES.map(async (name) => [name, await db.table(name).toArray()] as const),
  );
  return Object.fromEntries(entries) as unknown as WorkspaceTables;
}

/**
 * Replaces the working database with what main has on disk, in one transaction and without
 * journaling it back. The outbox is emptied: the disk already holds this state.
 */
export async function applyDiskState(
  db: PlannerDatabase,
  state: { revision: number; tables: WorkspaceTables },
): Promise<void> {
  const tables = [...TABLE_NAMES.map((name) => db.table(name)), db.outbox, db.sync];
  db.journal.paused = true;
  try {
    await db.transaction('rw', tables, async () => {
      for (const name of TABLE_NAMES) {
        await db.table(name).clear();
        await db.table(name).bulkPut(state.tables[name]);
      }
      await db.outbox.clear();
      await db.sync.put({ key: 'revision', value: state.revision });
    });
  } finally {
    db.journal.paused = false;
  }
  db.journal.announceReplaced();
}

import {
  TABLE_NAMES,
  weightOf,
  type ChangeOp,
  type OutboxCursor,
  type WorkspaceTables,
} from '@shared/persistence/tables';
import type { PlannerDatabase } from '../db/db';
import { unseenPart } from './outbox-batches';

/** Every workspace table as plain rows, to hand the whole workspace to main. */
export async function dumpWorkspace(db: PlannerDatabase): Promise<WorkspaceTables> {
  const entries = await Promise.all(
    TABLE_NAMES.map(async (name) => [name, await db.table(name).toArray()] as const),
  );
  return Object.fromEntries(entries) as unknown as WorkspaceTables;
}

async function applyOp(db: PlannerDatabase, op: ChangeOp): Promise<void> {
  const table = db.table(op.table);
  if (op.type === 'put') await table.bulkPut(op.rows);
  else if (op.type === 'delete') await table.bulkDelete(op.keys);
  else await table.clear();
}

/**
 * Replaces the working database with what main has on disk, in one transaction and without
 * journaling it back. `cursor` is how far the disk has this database's outbox: what the disk
 * has not seen (a save cut short by a crash or a quit) is applied on top and stays in the
 * outbox to be sent. Without a cursor (a restore, an import) the disk's state is the whole
 * truth and the outbox is emptied.
 */
export async function applyDiskState(
  db: PlannerDatabase,
  state: { revision: number; tables: WorkspaceTables },
  cursor: OutboxCursor | null = null,
): Promise<void> {
  const tables = [...TABLE_NAMES.map((name) => db.table(name)), db.outbox, db.sync];
  db.journal.paused = true;
  try {
    await db.transaction('rw', tables, async () => {
      for (const name of TABLE_NAMES) {
        await db.table(name).clear();
        await db.table(name).bulkPut(state.tables[name]);
      }
      const seen: number[] = [];
      if (cursor) {
        for (const entry of await db.outbox.orderBy('seq').toArray()) {
          const part = unseenPart(entry.seq!, entry.op, cursor);
          if (part) await applyOp(db, part);
          else seen.push(entry.seq!);
        }
        await db.outbox.bulkDelete(seen);
      } else {
        await db.outbox.clear();
      }
      await db.sync.put({ key: 'revision', value: state.revision, cursor });
    });
  } finally {
    db.journal.paused = false;
  }
  db.journal.announceReplaced();
}

/** The cursor that says "everything in the outbox now is on disk". */
export async function cursorAfterOutbox(db: PlannerDatabase): Promise<OutboxCursor | undefined> {
  const last = await db.outbox.orderBy('seq').last();
  if (last) return { seq: last.seq!, rows: weightOf(last.op) };
  return (await db.sync.get('revision'))?.cursor ?? undefined;
}

import type { DiskStatus } from '@shared/ipc/persistence-schemas';
import type { PlannerApi } from '@shared/ipc/planner-api';
import { unwrap } from '../ipc/planner';
import type { PlannerDatabase } from '../db/db';
import { applyDiskState, cursorAfterOutbox, dumpWorkspace } from './disk-state';

export type Reconciliation =
  /** IndexedDB and disk agree (pending changes are written by the disk sync). */
  | {
      kind: 'in-sync';
      recoveredFrom: DiskStatus['recoveredFrom'];
      journalDamage?: DiskStatus['journalDamage'];
    }
  /** IndexedDB was empty or behind (profile reset, origin change): the disk's workspace was loaded. */
  | {
      kind: 'restored-from-disk';
      counts: Record<string, number>;
      journalDamage?: DiskStatus['journalDamage'];
    }
  /** The disk was empty or behind (new or recovered data folder): IndexedDB was written to it. */
  | {
      kind: 'saved-to-disk';
      recoveredFrom: DiskStatus['recoveredFrom'];
      journalDamage?: DiskStatus['journalDamage'];
    }
  /** The data folder was written by a newer app: read-only. */
  | { kind: 'disk-newer' }
  /** Another running app holds the data folder: read-only. */
  | { kind: 'disk-locked'; host: string; pid: number }
  | { kind: 'nothing-yet' };

type DiskApi = Pick<PlannerApi, 'getDiskStatus' | 'loadFromDisk' | 'replaceOnDisk'>;

/**
 * Start-up check between IndexedDB and the disk, tied together by the revision. Never shows
 * an empty workspace while the disk holds one, and never lets a stale disk overwrite newer
 * work in IndexedDB.
 */
export async function reconcileWithDisk(
  db: PlannerDatabase,
  api: DiskApi,
): Promise<Reconciliation> {
  const disk = unwrap(await api.getDiskStatus());
  if (disk.condition === 'newer-format') return { kind: 'disk-newer' };
  if (disk.condition === 'locked') {
    return { kind: 'disk-locked', host: disk.lockedBy?.host ?? '?', pid: disk.lockedBy?.pid ?? 0 };
  }
  const local = (await db.sync.get('revision'))?.value ?? 0;
  const hasWorkspace = (await db.meta.get('workspace')) !== undefined;
  const journalDamage = disk.journalDamage;

  if (disk.revision > 0 && (!hasWorkspace || local < disk.revision)) {
    const state = unwrap(await api.loadFromDisk());
    // A save cut short (crash, quit mid-flush): the disk has part of this database's outbox.
    // What it has not seen is applied on top and sent again, never dropped.
    const catchingUp = hasWorkspace && disk.cursor !== null;
    await applyDiskState(db, state, catchingUp ? disk.cursor : null);
    if (catchingUp) return { kind: 'in-sync', recoveredFrom: disk.recoveredFrom, journalDamage };
    return { kind: 'restored-from-disk', counts: disk.counts, journalDamage };
  }
  if (hasWorkspace && (disk.revision === 0 || local > disk.revision)) {
    const cursor = await cursorAfterOutbox(db);
    const tables = await dumpWorkspace(db);
    const { revision } = unwrap(await api.replaceOnDisk({ tables, ...(cursor ? { cursor } : {}) }));
    await db.transaction('rw', db.outbox, db.sync, async () => {
      if (cursor) await db.outbox.where('seq').belowOrEqual(cursor.seq).delete();
      await db.sync.put({ key: 'revision', value: revision, cursor: cursor ?? null });
    });
    return { kind: 'saved-to-disk', recoveredFrom: disk.recoveredFrom, journalDamage };
  }
  return hasWorkspace
    ? { kind: 'in-sync', recoveredFrom: disk.recoveredFrom, journalDamage }
    : { kind: 'nothing-yet' };
}

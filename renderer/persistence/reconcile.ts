import type { DiskStatus } from '../../shared/ipc/persistence-schemas';
import type { PlannerApi } from '../../shared/ipc/planner-api';
import { unwrap } from '../ipc/planner';
import type { PlannerDatabase } from '../db/db';
import { applyDiskState, dumpWorkspace } from './disk-state';

export type Reconciliation =
  /** IndexedDB and disk agree (pending changes are written by the disk sync). */
  | { kind: 'in-sync'; recoveredFrom: DiskStatus['recoveredFrom'] }
  /** IndexedDB was empty or behind (profile reset, origin change): the disk's workspace was loaded. */
  | { kind: 'restored-from-disk'; counts: Record<string, number> }
  /** The disk was empty or behind (new or recovered data folder): IndexedDB was written to it. */
  | { kind: 'saved-to-disk'; recoveredFrom: DiskStatus['recoveredFrom'] }
  /** The data folder was written by a newer app: read-only. */
  | { kind: 'disk-newer' }
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
  const local = (await db.sync.get('revision'))?.value ?? 0;
  const hasWorkspace = (await db.meta.get('workspace')) !== undefined;

  if (disk.revision > 0 && (!hasWorkspace || local < disk.revision)) {
    const state = unwrap(await api.loadFromDisk());
    await applyDiskState(db, state);
    return { kind: 'restored-from-disk', counts: disk.counts };
  }
  if (hasWorkspace && (disk.revision === 0 || local > disk.revision)) {
    const { revision } = unwrap(await api.replaceOnDisk({ tables: await dumpWorkspace(db) }));
    await db.transaction('rw', db.outbox, db.sync, async () => {
      await db.outbox.clear();
      await db.sync.put({ key: 'revision', value: revision });
    });
    return { kind: 'saved-to-disk', recoveredFrom: disk.recoveredFrom };
  }
  return hasWorkspace
    ? { kind: 'in-sync', recoveredFrom: disk.recoveredFrom }
    : { kind: 'nothing-yet' };
}

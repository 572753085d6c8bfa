import type { PlannerApi } from '@shared/ipc/planner-api';
import type { PlannerDatabase } from '../db/db';
import { openWorkspace, type WorkspaceStatus } from '../db/workspace';
import { IpcFailure } from '../ipc/planner';
import { startDiskSync, type DiskSyncStatus } from './disk-sync';
import { reconcileWithDisk, type Reconciliation } from './reconcile';

export interface StartCallbacks {
  onDiskSync: (status: DiskSyncStatus) => void;
  onReport: (report: Reconciliation) => void;
}

let sync: ReturnType<typeof startDiskSync> | null = null;

/** Writes every pending change to disk now (before a backup, an export or a restore). */
export function flushPendingChanges(): Promise<void> {
  return sync?.flushNow() ?? Promise.resolve();
}

/**
 * Opens the working database, reconciles it with the data folder and starts journaling.
 * Without the desktop shell (plain browser), the workspace opens and nothing reaches a disk.
 */
export async function startWorkspace(
  db: PlannerDatabase,
  api: PlannerApi | null,
  callbacks: StartCallbacks,
): Promise<WorkspaceStatus> {
  const status = await openWorkspace(db);
  if (!api) {
    callbacks.onDiskSync({ kind: 'no-shell' });
    return status;
  }
  if (status.kind === 'read-only') return status;
  try {
    performance.mark('stp:reconcile-start');
    const report = await reconcileWithDisk(db, api);
    // The benchmark reads this: what the start-up check adds when nothing needs restoring.
    performance.measure('stp:reconcile', 'stp:reconcile-start');
    callbacks.onReport(report);
    if (report.kind === 'disk-newer' || report.kind === 'disk-locked') {
      db.writeLock.readOnly = true;
      const source = report.kind === 'disk-locked' ? 'disk-locked' : 'disk';
      return { kind: 'read-only', found: 0, known: 0, source };
    }
  } catch (error) {
    // The workspace still opens from IndexedDB; the disk sync keeps trying and reports.
    const code = error instanceof IpcFailure ? error.code : 'failed';
    callbacks.onDiskSync({ kind: 'failed', code, message: String(error) });
  }
  sync?.stop();
  sync = startDiskSync(db, api, callbacks.onDiskSync);
  void sync.flushNow();
  return openWorkspace(db);
}

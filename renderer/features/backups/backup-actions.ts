import type { BackupInfo } from '../../../shared/ipc/persistence-schemas';
import type { PlannerApi } from '../../../shared/ipc/planner-api';
import { diffWorkspaces, mergeWorkspaces } from '../../../shared/persistence/workspace-diff';
import type { PendingImport } from '../../store/slices/persistence';
import { db as workingDb } from '../../db/db';
import type { WorkspaceTables } from '../../../shared/persistence/tables';
import type { PlannerDatabase } from '../../db/db';
import { unwrap } from '../../ipc/planner';
import { applyDiskState, dumpWorkspace } from '../../persistence/disk-state';
import { flushPendingChanges } from '../../persistence/start-workspace';

/** Backs up what is on screen: pending changes are written to disk first. */
export async function backUpNow(api: PlannerApi): Promise<BackupInfo> {
  await flushPendingChanges();
  return unwrap(await api.createBackup({ reason: 'manual' }));
}

/** Restores a backup on disk and in the working database; returns the id that undoes it. */
export async function restoreBackup(
  db: PlannerDatabase,
  api: PlannerApi,
  backupId: string,
): Promise<string> {
  await flushPendingChanges();
  const restored = unwrap(await api.restoreBackup({ backupId }));
  await applyDiskState(db, restored);
  return restored.undoBackupId;
}

export async function exportWorkspaceFile(api: PlannerApi): Promise<string | null> {
  await flushPendingChanges();
  return unwrap(await api.exportWorkspace()).fileName;
}

/**
 * Imports a workspace file after backing up the current state: replace takes the file as it
 * is, merge adds and updates by id and keeps what only this workspace has.
 */
export async function importWorkspace(
  db: PlannerDatabase,
  api: PlannerApi,
  incoming: WorkspaceTables,
  mode: 'replace' | 'merge',
): Promise<void> {
  await flushPendingChanges();
  unwrap(await api.createBackup({ reason: 'before-import' }));
  const tables = mode === 'replace' ? incoming : mergeWorkspaces(await dumpWorkspace(db), incoming);
  const { revision } = unwrap(await api.replaceOnDisk({ tables }));
  await applyDiskState(db, { revision, tables });
}

/** What importing a file would change here, for the preview. */
export async function previewImport(file: Omit<PendingImport, 'diff'>): Promise<PendingImport> {
  return { ...file, diff: diffWorkspaces(await dumpWorkspace(workingDb), file.tables) };
}

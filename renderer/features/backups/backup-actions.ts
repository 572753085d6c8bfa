import type { BackupInfo } from '@shared/ipc/persistence-schemas';
import type { PlannerApi } from '@shared/ipc/planner-api';
import {
  diffWorkspaces,
  mergeWorkspaces,
  rowDifferences,
} from '@shared/persistence/workspace-diff';
import type { PendingImport } from '@renderer/store/slices/persistence';
import { db as workingDb } from '@renderer/db/db';
import type { TableName, WorkspaceTables } from '@shared/persistence/tables';
import type { PlannerDatabase } from '@renderer/db/db';
import { unwrap } from '@renderer/ipc/planner';
import { applyDiskState, dumpWorkspace } from '@renderer/persistence/disk-state';
import { flushPendingChanges } from '@renderer/persistence/start-workspace';

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
 * is; merge adds by id, keeps what only this workspace has, and takes the file's version of a
 * row that differs only where `takeFile` says the user chose it.
 */
export async function importWorkspace(
  db: PlannerDatabase,
  api: PlannerApi,
  incoming: WorkspaceTables,
  mode: 'replace' | 'merge',
  takeFile: (table: TableName, key: string) => boolean = () => false,
): Promise<void> {
  await flushPendingChanges();
  unwrap(await api.createBackup({ reason: 'before-import' }));
  const tables =
    mode === 'replace' ? incoming : mergeWorkspaces(await dumpWorkspace(db), incoming, takeFile);
  const { revision } = unwrap(await api.replaceOnDisk({ tables }));
  await applyDiskState(db, { revision, tables });
}

/** What importing a file would change here, for the preview. */
export async function previewImport(
  file: Omit<PendingImport, 'diff' | 'differences'>,
): Promise<PendingImport> {
  const current = await dumpWorkspace(workingDb);
  return {
    ...file,
    diff: diffWorkspaces(current, file.tables),
    differences: rowDifferences(current, file.tables),
  };
}

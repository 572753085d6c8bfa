import type { StateCreator } from 'zustand';
import type { IpcErrorCode } from '@shared/ipc/result';
import type { DiskSyncStatus } from '@renderer/persistence/disk-sync';
import type { Reconciliation } from '@renderer/persistence/reconcile';
import type { AppState } from '../app-store';
import type { WorkspaceTables } from '@shared/persistence/tables';
import type { RowDifference, TableDiff } from '@shared/persistence/workspace-diff';

/** A workspace file read by main, waiting for the user to choose how to import it. */
export interface PendingImport {
  fileName: string;
  createdAt: string;
  appVersion: string;
  tables: WorkspaceTables;
  diff: Record<string, TableDiff>;
  /** Rows both sides have with different values (the first ones listed, all counted). */
  differences: { listed: RowDifference[]; total: number };
}

export interface PersistenceSlice {
  /** Whether committed changes have reached the data folder. */
  diskSync: DiskSyncStatus;
  /** What the start-up check between IndexedDB and disk did, shown once to the user. */
  startupReport: Reconciliation | null;
  setDiskSync: (status: DiskSyncStatus) => void;
  setStartupReport: (report: Reconciliation | null) => void;
  /** The last restore, offered for undo until undone or another restore happens. */
  lastRestore: { undoBackupId: string; restoredAt: string } | null;
  setLastRestore: (restore: { undoBackupId: string; restoredAt: string } | null) => void;
  pendingImport: PendingImport | null;
  setPendingImport: (pending: PendingImport | null) => void;
  /** Changes main refused outright and the sync set aside: shown until closed. */
  setAsideNotice: { count: number; code: IpcErrorCode; message: string } | null;
  dismissSetAside: () => void;
  /** The window is closing and the last changes are being written. */
  closing: boolean;
  setClosing: (closing: boolean) => void;
}

export const createPersistenceSlice: StateCreator<AppState, [], [], PersistenceSlice> = (set) => ({
  diskSync: { kind: 'saved' },
  startupReport: null,
  setDiskSync: (diskSync) =>
    set((state) => ({
      diskSync,
      setAsideNotice:
        diskSync.kind === 'set-aside'
          ? {
              count: (state.setAsideNotice?.count ?? 0) + diskSync.count,
              code: diskSync.code,
              message: diskSync.message,
            }
          : state.setAsideNotice,
    })),
  setAsideNotice: null,
  dismissSetAside: () => set({ setAsideNotice: null }),
  setStartupReport: (startupReport) => set({ startupReport }),
  lastRestore: null,
  setLastRestore: (lastRestore) => set({ lastRestore }),
  pendingImport: null,
  setPendingImport: (pendingImport) => set({ pendingImport }),
  closing: false,
  setClosing: (closing) => set({ closing }),
});

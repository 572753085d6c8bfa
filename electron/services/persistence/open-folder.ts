import path from 'node:path';
import { BackupStore } from './backup-store';
import { nodeFileSystem, type FileSystem } from './file-system';
import { FolderLock, type LockOwner } from './folder-lock';
import { AutoBackupClock } from './retention';
import { loadDurableState, type LoadedState } from './startup-load';

export interface PersistenceDeps {
  dataDir: string;
  appVersion: string;
  now: () => Date;
  /** A clock that never jumps (wall time can be set back); milliseconds. */
  monotonicMs?: () => number;
  fs?: FileSystem;
  platform?: NodeJS.Platform;
  /** Journal size after which it is folded into a new snapshot. */
  compactAfterBytes?: number;
  /** Largest journal line one append may write. */
  maxAppendBytes?: number;
  /** Lock handling, injectable so tests can play another computer or a dead process. */
  lock?: { pid?: number; host?: string; isAlive?: (pid: number) => boolean };
}

export type FolderDeps = Required<Omit<PersistenceDeps, 'lock'>>;

export interface OpenedFolder {
  deps: FolderDeps;
  backups: BackupStore;
  loaded: LoadedState;
  autoBackup: AutoBackupClock;
  /** Null when another running app holds the folder: then this one only reads. */
  lock: FolderLock | null;
  lockedBy: LockOwner | null;
}

/**
 * Takes the data folder: its lock (or read-only, when another app holds it), its backups, the
 * durable workspace loaded from disk, and the auto-backup clock set from the newest backup.
 */
export async function openFolder(input: PersistenceDeps): Promise<OpenedFolder> {
  const deps = {
    fs: nodeFileSystem,
    platform: process.platform,
    compactAfterBytes: 8 * 2 ** 20,
    maxAppendBytes: 64 * 2 ** 20,
    monotonicMs: () => performance.now(),
    ...input,
  };
  await deps.fs.mkdir(path.join(deps.dataDir, 'backups'), { recursive: true });
  const locking = await FolderLock.acquire(deps.dataDir, {
    fs: deps.fs,
    now: () => deps.now().getTime(),
    ...input.lock,
  });
  const lock = 'lock' in locking ? locking.lock : null;
  const lockedBy = 'heldBy' in locking ? locking.heldBy : null;
  const backups = new BackupStore(deps.fs, path.join(deps.dataDir, 'backups'), deps.platform);
  let loaded;
  try {
    loaded = await loadDurableState(
      deps.fs,
      workspaceDir(deps.dataDir),
      backups,
      deps.now(),
      lock === null,
    );
  } catch (error) {
    await lock?.release();
    throw error;
  }
  const newest = (await backups.list())[0];
  const autoBackup = new AutoBackupClock(
    deps.now,
    deps.monotonicMs,
    newest ? new Date(newest.createdAt) : null,
  );
  return { deps, backups, loaded, autoBackup, lock, lockedBy };
}

export const workspaceDir = (dataDir: string) => path.join(dataDir, 'workspace');

import path from 'node:path';
import { WORKSPACE_SCHEMA_VERSION } from '../../../shared/domain/workspace';
import { countRows, type ChangeOp, type WorkspaceTables } from '../../../shared/persistence/tables';
import { writeFileAtomic } from './atomic-write';
import { BackupStore, type BackupInfo } from './backup-store';
import { nodeFileSystem, type FileSystem } from './file-system';
import { appendJournalEntry } from './journal';
import { fromDiskError, PersistenceError } from './persistence-error';
import { isAutoBackupDue } from './retention';
import { loadDurableState, type DiskCondition } from './startup-load';
import { WorkspaceState } from './workspace-state';
import { decodeWorkspaceFile, encodeWorkspaceFile, type FileHeader } from './workspace-file';

export interface PersistenceDeps {
  dataDir: string;
  appVersion: string;
  now: () => Date;
  fs?: FileSystem;
  platform?: NodeJS.Platform;
  /** Journal size after which it is folded into a new snapshot. */
  compactAfterBytes?: number;
}

export interface PersistenceStatus {
  revision: number;
  condition: DiskCondition;
  counts: Record<string, number>;
  recoveredFrom: { backupId: string; createdAt: string; revision: number } | null;
}

/**
 * The durable copy of the workspace on disk: journal appends (fsync'd), atomic snapshots,
 * backups, restore and workspace files. Every write is serialised; none blocks on another's
 * failure, and a failed write leaves the files as they were.
 */
export class PersistenceService {
  private queue: Promise<unknown> = Promise.resolve();
  private lastChangeAt: Date | null = null;

  private constructor(
    private readonly deps: Required<Omit<PersistenceDeps, 'compactAfterBytes'>> & {
      compactAfterBytes: number;
    },
    private readonly backups: BackupStore,
    private state: WorkspaceState,
    private revision: number,
    private snapshotRevision: number,
    private journalBytes: number,
    private condition: DiskCondition,
    private readonly recoveredFrom: PersistenceStatus['recoveredFrom'],
    private lastBackupAt: Date | null,
  ) {}

  static async open(input: PersistenceDeps): Promise<PersistenceService> {
    const deps = {
      fs: nodeFileSystem,
      platform: process.platform,
      compactAfterBytes: 8 * 2 ** 20,
      ...input,
    };
    const backups = new BackupStore(deps.fs, path.join(deps.dataDir, 'backups'), deps.platform);
    await deps.fs.mkdir(path.join(deps.dataDir, 'backups'), { recursive: true });
    const loaded = await loadDurableState(deps.fs, workspaceDir(deps.dataDir), backups, deps.now());
    const newest = (await backups.list())[0];
    const service = new PersistenceService(
      deps,
      backups,
      new WorkspaceState(loaded.tables),
      loaded.revision,
      loaded.snapshotRevision,
      loaded.journalBytes,
      loaded.condition,
      loaded.recoveredFrom,
      newest ? new Date(newest.createdAt) : null,
    );
    // A damaged journal tail or a recovery is folded into a clean snapshot at once.
    if (loaded.needsCompaction && loaded.condition !== 'newer-format') await service.compact();
    return service;
  }

  status(): PersistenceStatus {
    return {
      revision: this.revision,
      condition: this.condition,
      counts: this.state.counts(),
      recoveredFrom: this.recoveredFrom,
    };
  }

  load(): { revision: number; tables: WorkspaceTables } {
    return { revision: this.revision, tables: this.state.toTables() };
  }

  append(ops: ChangeOp[]): Promise<{ revision: number }> {
    return this.serialized(async () => {
      this.assertWritable();
      const revision = this.revision + 1;
      const line = { revision, at: this.deps.now().toISOString(), ops };
      const before = this.journalBytes;
      try {
        await appendJournalEntry(this.deps.fs, this.journalFile, line);
      } catch (error) {
        // A half-written line must not stay in front of the next append.
        await this.deps.fs.truncate(this.journalFile, before).catch(() => undefined);
        throw fromDiskError(error, 'Could not save the change');
      }
      this.journalBytes += Buffer.byteLength(JSON.stringify(line)) + 1;
      this.state.apply(ops);
      this.revision = revision;
      this.lastChangeAt = this.deps.now();
      if (this.journalBytes >= this.deps.compactAfterBytes)
        await this.compactNow().catch(() => undefined);
      return { revision };
    });
  }

  /** Replaces the whole durable workspace (restore, or pushing a newer IndexedDB to disk). */
  replaceAll(tables: WorkspaceTables): Promise<{ revision: number }> {
    return this.serialized(() => this.replaceAllNow(tables));
  }

  compact(): Promise<void> {
    return this.serialized(() => this.compactNow());
  }

  backupNow(
    reason: 'manual' | 'auto' | 'before-restore' | 'before-import' | 'before-migration',
  ): Promise<BackupInfo> {
    return this.serialized(() => this.backupNowInner(reason));
  }

  listBackups(): Promise<BackupInfo[]> {
    return this.backups.list();
  }

  /** Restores a backup after backing up the current state, so the restore can be undone. */
  restore(
    backupId: string,
  ): Promise<{ revision: number; tables: WorkspaceTables; undoBackupId: string }> {
    return this.serialized(async () => {
      this.assertWritable();
      const backup = await this.backups.read(backupId);
      if (backup.header.schemaVersion > WORKSPACE_SCHEMA_VERSION) {
        throw new PersistenceError('newer-format', 'The backup was written by a newer app.');
      }
      const undo = await this.backupNowInner('before-restore');
      const { revision } = await this.replaceAllNow(backup.tables);
      return { revision, tables: backup.tables, undoBackupId: undo.id };
    });
  }

  async maybeAutoBackup(): Promise<BackupInfo | null> {
    if (this.condition === 'newer-format') return null;
    if (!isAutoBackupDue(this.lastBackupAt, this.lastChangeAt, this.deps.now())) return null;
    return this.backupNow('auto');
  }

  exportWorkspace(filePath: string): Promise<{ counts: Record<string, number> }> {
    return this.serialized(async () => {
      const tables = this.state.toTables();
      const bytes = encodeWorkspaceFile(tables, this.fileOptions('workspace'));
      try {
        await writeFileAtomic(this.deps.fs, filePath, bytes, { platform: this.deps.platform });
      } catch (error) {
        throw fromDiskError(error, 'Could not write the workspace file');
      }
      return { counts: countRows(tables) };
    });
  }

  async readWorkspaceFile(
    filePath: string,
  ): Promise<{ header: FileHeader; tables: WorkspaceTables }> {
    let bytes: Buffer;
    try {
      bytes = await this.deps.fs.readFile(filePath);
    } catch (error) {
      throw fromDiskError(error, 'Could not read the file');
    }
    const decoded = decodeWorkspaceFile(bytes, 'workspace');
    if (!decoded.ok) throw new PersistenceError(decoded.problem, decoded.detail);
    if (decoded.header.schemaVersion > WORKSPACE_SCHEMA_VERSION) {
      throw new PersistenceError('newer-format', 'The file was written by a newer app.');
    }
    return decoded;
  }

  private async replaceAllNow(tables: WorkspaceTables): Promise<{ revision: number }> {
    this.assertWritable();
    const previous = { state: this.state, revision: this.revision };
    this.state = new WorkspaceState(tables);
    this.revision += 1;
    try {
      await this.compactNow();
    } catch (error) {
      Object.assign(this, previous);
      throw error;
    }
    this.lastChangeAt = this.deps.now();
    return { revision: this.revision };
  }

  private async compactNow(): Promise<void> {
    if (this.revision === this.snapshotRevision && this.journalBytes === 0) return;
    const bytes = encodeWorkspaceFile(this.state.toTables(), this.fileOptions('snapshot'));
    try {
      await writeFileAtomic(this.deps.fs, this.snapshotFile, bytes, {
        platform: this.deps.platform,
      });
      this.snapshotRevision = this.revision;
      // Entries up to the snapshot's revision are skipped on replay, so a crash here is safe.
      await writeFileAtomic(this.deps.fs, this.journalFile, '', { platform: this.deps.platform });
      this.journalBytes = 0;
    } catch (error) {
      throw fromDiskError(error, 'Could not write the snapshot');
    }
    if (this.condition !== 'newer-format') this.condition = 'ok';
  }

  private async backupNowInner(reason: string): Promise<BackupInfo> {
    this.assertWritable();
    const tables = this.state.toTables();
    const options = { ...this.fileOptions('snapshot'), reason };
    const bytes = encodeWorkspaceFile(tables, options);
    const id = await this.backups.write(bytes, options, reason);
    this.lastBackupAt = new Date(options.createdAt);
    await this.backups.prune(this.deps.now());
    return {
      id,
      createdAt: options.createdAt,
      reason,
      revision: this.revision,
      sizeBytes: bytes.length,
      counts: countRows(tables),
    };
  }

  private fileOptions(kind: 'snapshot' | 'workspace') {
    return {
      kind,
      schemaVersion: WORKSPACE_SCHEMA_VERSION,
      appVersion: this.deps.appVersion,
      revision: this.revision,
      createdAt: this.deps.now().toISOString(),
    } as const;
  }

  private assertWritable(): void {
    if (this.condition === 'newer-format') {
      throw new PersistenceError(
        'read-only',
        'The data folder was written by a newer app; it is read-only.',
      );
    }
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private get snapshotFile() {
    return path.join(workspaceDir(this.deps.dataDir), 'snapshot.stsnap');
  }

  private get journalFile() {
    return path.join(workspaceDir(this.deps.dataDir), 'journal.ndjson');
  }
}

const workspaceDir = (dataDir: string) => path.join(dataDir, 'workspace');

import { WORKSPACE_SCHEMA_VERSION } from '@shared/domain/workspace';
import {
  countRows,
  type ChangeOp,
  type OutboxCursor,
  type WorkspaceTables,
} from '@shared/persistence/tables';
import { RenamedButNotSynced, writeFileAtomic } from './atomic-write';
import type { BackupInfo, BackupStore } from './backup-store';
import type { FolderLock, LockOwner } from './folder-lock';
import {
  openFolder,
  workspaceDir,
  type FolderDeps,
  type OpenedFolder,
  type PersistenceDeps,
} from './open-folder';
import { fromDiskError, PersistenceError } from './persistence-error';
import type { AutoBackupClock } from './retention';
import type { DiskCondition, JournalDamage } from './startup-load';
import { WorkspaceFiles } from './workspace-files';
import { WorkspaceState } from './workspace-state';
import { encodeWorkspaceChunks } from './snapshot-encoder';
import { readWorkspaceFile, type EncodeOptions, type FileHeader } from './workspace-file';
import { assertWritable, isWritable } from './writable';

export type { PersistenceDeps } from './open-folder';

export interface PersistenceStatus {
  revision: number;
  condition: DiskCondition;
  counts: Record<string, number>;
  recoveredFrom: { backupId: string; createdAt: string; revision: number } | null;
  journalDamage: JournalDamage | null;
  lockedBy: { host: string; pid: number } | null;
  /** How far the renderer's outbox is on disk; null after a whole replacement (restore). */
  cursor: OutboxCursor | null;
}

export type BackupReason =
  'manual' | 'auto' | 'before-restore' | 'before-import' | 'before-replace' | 'before-migration';

/**
 * The durable copy of the workspace on disk: journal appends (fsync'd), atomic snapshots,
 * backups, restore and workspace files. Every write is serialised; none blocks on another's
 * failure, and a failed write leaves disk and memory agreeing.
 */
export class PersistenceService {
  private queue: Promise<unknown> = Promise.resolve();
  private state: WorkspaceState;
  private revision: number;
  private snapshotRevision: number;
  private readonly files: WorkspaceFiles;
  private condition: DiskCondition;
  private cursor: OutboxCursor | null;
  private readonly recoveredFrom: PersistenceStatus['recoveredFrom'];
  private readonly journalDamage: JournalDamage | null;
  private readonly deps: FolderDeps;
  private readonly backups: BackupStore;
  private readonly autoBackup: AutoBackupClock;
  private readonly lock: FolderLock | null;
  private lockedBy: LockOwner | null;

  private constructor({ deps, backups, loaded, autoBackup, lock, lockedBy }: OpenedFolder) {
    this.deps = deps;
    this.backups = backups;
    this.autoBackup = autoBackup;
    this.lock = lock;
    this.lockedBy = lockedBy;
    this.state = new WorkspaceState(loaded.tables);
    this.revision = loaded.revision;
    this.snapshotRevision = loaded.snapshotRevision;
    this.files = new WorkspaceFiles(
      deps.fs,
      workspaceDir(deps.dataDir),
      deps.platform,
      loaded.journalBytes,
    );
    this.condition = lock ? loaded.condition : 'locked';
    this.cursor = loaded.cursor;
    this.recoveredFrom = loaded.recoveredFrom;
    this.journalDamage = loaded.journalDamage;
  }

  static async open(input: PersistenceDeps): Promise<PersistenceService> {
    const folder = await openFolder(input);
    const service = new PersistenceService(folder);
    folder.lock?.keepAlive(() => void service.renewLock());
    // A damaged journal or a recovery is folded into a clean snapshot at once.
    if (folder.loaded.needsCompaction && isWritable(service.condition)) await service.compact();
    return service;
  }

  status(): PersistenceStatus {
    return {
      revision: this.revision,
      condition: this.condition,
      counts: this.state.counts(),
      recoveredFrom: this.recoveredFrom,
      journalDamage: this.journalDamage,
      lockedBy: this.lockedBy ? { host: this.lockedBy.host, pid: this.lockedBy.pid } : null,
      cursor: this.cursor,
    };
  }

  load(): { revision: number; tables: WorkspaceTables } {
    return { revision: this.revision, tables: this.state.toTables() };
  }

  /** Writes one batch; `cursor` says how far the renderer's outbox is on disk with it. */
  append(ops: ChangeOp[], cursor?: OutboxCursor): Promise<{ revision: number }> {
    return this.serialized(async () => {
      assertWritable(this.condition);
      await this.healJournal();
      const revision = this.revision + 1;
      const line = {
        revision,
        at: this.deps.now().toISOString(),
        ops,
        ...(cursor ? { cursor } : {}),
      };
      if (JSON.stringify(line).length > this.deps.maxAppendBytes) {
        throw new PersistenceError('too-large', 'The change is too large to save in one step.');
      }
      await this.files.append(line);
      this.state.apply(ops);
      this.revision = revision;
      if (cursor) this.cursor = cursor;
      this.autoBackup.changedNow();
      // Folded right after this change is acknowledged, not before: the ack never waits for it.
      if (this.files.journalBytes >= this.deps.compactAfterBytes)
        void this.compact().catch(() => undefined);
      return { revision };
    });
  }

  /**
   * Replaces the whole durable workspace (pushing a newer IndexedDB to disk, importing a
   * workspace), after backing up what the disk held.
   */
  replaceAll(tables: WorkspaceTables, cursor?: OutboxCursor): Promise<{ revision: number }> {
    return this.serialized(async () => {
      assertWritable(this.condition);
      if (!this.state.isEmpty()) await this.backupNowInner('before-replace');
      return this.replaceAllNow(tables, cursor ?? null);
    });
  }

  compact(): Promise<void> {
    return this.serialized(() => this.compactNow());
  }

  backupNow(reason: BackupReason): Promise<BackupInfo> {
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
      assertWritable(this.condition);
      const backup = await this.backups.read(backupId);
      if (backup.header.schemaVersion > WORKSPACE_SCHEMA_VERSION) {
        throw new PersistenceError('newer-format', 'The backup was written by a newer app.');
      }
      const undo = await this.backupNowInner('before-restore');
      const { revision } = await this.replaceAllNow(backup.tables, null);
      return { revision, tables: backup.tables, undoBackupId: undo.id };
    });
  }

  async maybeAutoBackup(): Promise<BackupInfo | null> {
    if (!isWritable(this.condition)) return null;
    if (!this.autoBackup.isDue()) return null;
    return this.backupNow('auto');
  }

  exportWorkspace(filePath: string): Promise<{ counts: Record<string, number> }> {
    return this.serialized(async () => {
      const bytes = await this.encodeState(this.fileOptions('workspace'));
      try {
        await writeFileAtomic(this.deps.fs, filePath, bytes, { platform: this.deps.platform });
      } catch (error) {
        if (!(error instanceof RenamedButNotSynced))
          throw fromDiskError(error, 'Could not write the workspace file');
      }
      return { counts: this.state.counts() };
    });
  }

  readWorkspaceFile(filePath: string): Promise<{ header: FileHeader; tables: WorkspaceTables }> {
    return readWorkspaceFile(this.deps.fs, filePath);
  }

  /** Keeps the folder; if another app took it over meanwhile, stop writing (read-only). */
  renewLock(): Promise<void> {
    return this.serialized(async () => {
      const other = await this.lock?.renew().catch(() => null);
      if (other) {
        this.condition = 'locked';
        this.lockedBy = other;
      }
    });
  }

  /** Waits for every write under way, then lets another app have the folder. */
  close(): Promise<void> {
    return this.serialized(async () => {
      await this.lock?.release();
    });
  }

  private async replaceAllNow(
    tables: WorkspaceTables,
    cursor: OutboxCursor | null,
  ): Promise<{ revision: number }> {
    assertWritable(this.condition);
    const next = new WorkspaceState(tables);
    const revision = this.revision + 1;
    const bytes = await encodeWorkspaceChunks((name) => tables[name], countRows(tables), {
      ...this.fileOptions('snapshot'),
      revision,
      cursor,
    });
    // Throws only when the new snapshot is not in place: then old files and memory stand.
    await this.files.writeSnapshot(bytes);
    this.state = next;
    this.revision = this.snapshotRevision = revision;
    this.cursor = cursor;
    this.autoBackup.changedNow();
    // Its entries are all older than the snapshot; one left behind is emptied before the next write.
    await this.files.emptyJournal().catch(() => undefined);
    return { revision };
  }

  private async compactNow(force = false): Promise<void> {
    const folded =
      this.revision === this.snapshotRevision &&
      this.files.journalBytes === 0 &&
      !this.files.mustRewrite;
    if (folded && !force) return;
    const bytes = await this.encodeState({ ...this.fileOptions('snapshot'), cursor: this.cursor });
    await this.files.writeSnapshot(bytes);
    this.snapshotRevision = this.revision;
    // Entries up to the snapshot's revision are skipped on replay, so a crash here is safe.
    await this.files.emptyJournal();
    if (isWritable(this.condition)) this.condition = 'ok';
  }

  /**
   * After a double failure the journal may hold a change that was refused: rewrite snapshot
   * and journal from memory (what was acknowledged) before anything else is written.
   */
  private async healJournal(): Promise<void> {
    if (!this.files.mustRewrite) return;
    try {
      await this.compactNow(true);
    } catch (error) {
      throw new PersistenceError(
        'journal-unverified',
        'The change journal could not be verified; nothing more is saved until it can be.',
        error,
      );
    }
  }

  private async backupNowInner(reason: string): Promise<BackupInfo> {
    assertWritable(this.condition);
    const sequence = await this.backups.nextSequence();
    const options = { ...this.fileOptions('snapshot'), reason, sequence };
    const bytes = await this.encodeState(options);
    const id = await this.backups.write(bytes, options, reason);
    this.autoBackup.backedUp(new Date(options.createdAt));
    await this.backups.prune(this.deps.now());
    return {
      id,
      createdAt: options.createdAt,
      reason,
      revision: this.revision,
      sizeBytes: bytes.reduce((sum, chunk) => sum + chunk.length, 0),
      counts: this.state.counts(),
      sequence,
    };
  }

  /** The workspace held in memory as file bytes, encoded a chunk at a time. */
  private encodeState(options: EncodeOptions): Promise<Buffer[]> {
    return encodeWorkspaceChunks((name) => this.state.rowsOf(name), this.state.counts(), options);
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

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

import path from 'node:path';
import { WORKSPACE_SCHEMA_VERSION } from '@shared/domain/workspace';
import { emptyTables, type OutboxCursor, type WorkspaceTables } from '@shared/persistence/tables';
import type { BackupStore } from './backup-store';
import type { FileSystem } from './file-system';
import { fromDiskError } from './persistence-error';
import { parseJournal } from './journal';
import { WorkspaceState } from './workspace-state';
import { decodeWorkspaceFile } from './workspace-file';

/**
 * What start-up found on disk. `recovered-from-backup`: the snapshot was damaged and the newest
 * valid backup was used; `newer-format`: written by a newer app, so read-only; `locked`: another
 * running app holds the folder, so read-only.
 */
export type DiskCondition =
  'ok' | 'empty' | 'recovered-from-backup' | 'newer-format' | 'damaged-no-backup' | 'locked';

export interface JournalDamage {
  /** Lines of the journal that could not be read and were passed over. */
  lines: number;
  /** Where the damaged journal was kept, as found (file name in the workspace folder). */
  keptAs: string;
}

export interface LoadedState {
  tables: WorkspaceTables;
  revision: number;
  snapshotRevision: number;
  journalBytes: number;
  condition: DiskCondition;
  recoveredFrom: { backupId: string; createdAt: string; revision: number } | null;
  journalDamage: JournalDamage | null;
  cursor: OutboxCursor | null;
  needsCompaction: boolean;
}

/** Loads snapshot + journal, falling back to the newest valid backup when the snapshot is damaged. */
export async function loadDurableState(
  fs: FileSystem,
  dir: string,
  backups: BackupStore,
  now: Date,
  readOnly: boolean,
): Promise<LoadedState> {
  await fs.mkdir(dir, { recursive: true });
  if (!readOnly) {
    // Temp files of writes that a crash interrupted: never acknowledged, never read.
    for (const name of await fs.readdir(dir)) {
      if (name.endsWith('.tmp')) await fs.unlink(path.join(dir, name)).catch(() => undefined);
    }
  }
  const snapshotFile = path.join(dir, 'snapshot.stsnap');
  const result: LoadedState = {
    tables: emptyTables(),
    revision: 0,
    snapshotRevision: 0,
    journalBytes: 0,
    condition: 'ok',
    recoveredFrom: null,
    journalDamage: null,
    cursor: null,
    needsCompaction: false,
  };

  const bytes = await readIfExists(fs, snapshotFile);
  if (bytes) {
    const decoded = decodeWorkspaceFile(bytes, 'snapshot');
    if (decoded.ok && decoded.header.schemaVersion > WORKSPACE_SCHEMA_VERSION) {
      return { ...result, condition: 'newer-format' };
    }
    if (decoded.ok) {
      result.tables = decoded.tables;
      result.revision = result.snapshotRevision = decoded.header.revision;
      result.cursor = decoded.header.cursor ?? null;
    } else if (decoded.problem === 'newer-format') {
      return { ...result, condition: 'newer-format' };
    } else if (readOnly) {
      return { ...result, condition: 'damaged-no-backup' };
    } else {
      // Keep the damaged file for inspection; never overwrite what we could not read.
      await fs.rename(snapshotFile, path.join(dir, `snapshot.damaged-${now.getTime()}.stsnap`));
      for (const backup of await backups.list()) {
        try {
          const restored = await backups.read(backup.id);
          result.tables = restored.tables;
          result.revision = result.snapshotRevision = restored.header.revision;
          result.recoveredFrom = {
            backupId: backup.id,
            createdAt: backup.createdAt,
            revision: backup.revision,
          };
          return { ...result, condition: 'recovered-from-backup', needsCompaction: true };
        } catch {
          continue;
        }
      }
      return { ...result, condition: 'damaged-no-backup', needsCompaction: false };
    }
  }

  const journalFile = path.join(dir, 'journal.ndjson');
  const journalBytes = await readIfExists(fs, journalFile);
  if (journalBytes) {
    const journal = parseJournal(journalBytes.toString('utf8'));
    const state = new WorkspaceState(result.tables);
    let revision = result.revision;
    for (const entry of journal.entries) {
      if (entry.revision <= revision) continue; // already in the snapshot (crash during compaction)
      state.apply(entry.ops);
      revision = entry.revision;
      if (entry.cursor) result.cursor = entry.cursor;
    }
    result.tables = state.toTables();
    result.revision = revision;
    result.journalBytes = journalBytes.length;
    result.needsCompaction = journal.tornTail || journal.damagedLines.length > 0;
    if (journal.damagedLines.length > 0 && !readOnly) {
      // Kept as found, like a damaged snapshot, before compaction rewrites the journal.
      const keptAs = `journal.damaged-${now.getTime()}.ndjson`;
      const handle = await fs.open(path.join(dir, keptAs), 'wx');
      try {
        await handle.writeFile(journalBytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      result.journalDamage = { lines: journal.damagedLines.length, keptAs };
    }
  }
  if (result.revision === 0 && !bytes) result.condition = 'empty';
  return result;
}

async function readIfExists(fs: FileSystem, file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw fromDiskError(error, `Could not read ${path.basename(file)}`);
  }
}

import path from 'node:path';
import { RenamedButNotSynced, writeFileAtomic } from './atomic-write';
import type { FileSystem } from './file-system';
import { appendJournalEntry, type JournalEntry } from './journal';
import { fromDiskError, PersistenceError } from './persistence-error';

/**
 * The two files of the workspace folder — `snapshot.stsnap` and `journal.ndjson` — and what
 * is known about their state on disk. The service decides what to write; this says whether it
 * is on disk, and refuses to append on top of a journal it cannot vouch for.
 */
export class WorkspaceFiles {
  /** A change was refused but could not be cut off the journal again. */
  private suspect = false;
  /** The snapshot was replaced, but the journal behind it is not (yet) empty or not synced. */
  private stale = false;

  constructor(
    private readonly fs: FileSystem,
    private readonly dir: string,
    private readonly platform: NodeJS.Platform,
    public journalBytes: number,
  ) {}

  /** Snapshot and journal must be rewritten from memory before anything is appended. */
  get mustRewrite(): boolean {
    return this.suspect || this.stale;
  }

  /** Appends one entry (fsync'd); on failure cuts it off again, or marks the journal suspect. */
  async append(entry: JournalEntry): Promise<void> {
    const before = this.journalBytes;
    try {
      this.journalBytes += await appendJournalEntry(this.fs, this.journalFile, entry);
    } catch (error) {
      // A half-written line must not stay in front of the next append.
      try {
        await this.fs.truncate(this.journalFile, before);
      } catch (truncateError) {
        // No journal file: nothing was written that could be cut off.
        if ((truncateError as { code?: string }).code === 'ENOENT' && before === 0)
          throw fromDiskError(error, 'Could not save the change');
        // The refused change may be on disk: writing on would give its revision to another.
        this.suspect = true;
        throw new PersistenceError(
          'journal-unverified',
          'The change was not saved and the change journal could not be cleaned up.',
          error,
        );
      }
      throw fromDiskError(error, 'Could not save the change');
    }
  }

  /**
   * Replaces the snapshot. Once it is renamed into place it is what the disk holds, even if
   * the folder could not be synced (then the journal is rewritten before the next append).
   */
  async writeSnapshot(chunks: readonly Buffer[]): Promise<void> {
    try {
      await writeFileAtomic(this.fs, this.snapshotFile, chunks, { platform: this.platform });
    } catch (error) {
      if (!(error instanceof RenamedButNotSynced))
        throw fromDiskError(error, 'Could not write the snapshot');
      this.stale = true;
    }
  }

  /** Empties the journal behind a new snapshot (its entries are all in the snapshot). */
  async emptyJournal(): Promise<void> {
    try {
      await writeFileAtomic(this.fs, this.journalFile, '', { platform: this.platform });
    } catch (error) {
      this.stale = true;
      throw fromDiskError(error, 'Could not empty the journal');
    }
    this.journalBytes = 0;
    this.stale = false;
    this.suspect = false;
  }

  private get snapshotFile() {
    return path.join(this.dir, 'snapshot.stsnap');
  }

  private get journalFile() {
    return path.join(this.dir, 'journal.ndjson');
  }
}

import path from 'node:path';
import type { WorkspaceTables } from '@shared/persistence/tables';
import { writeFileAtomic } from './atomic-write';
import type { FileSystem } from './file-system';
import { fromDiskError, PersistenceError } from './persistence-error';
import { backupsToKeep, DEFAULT_RETENTION } from './retention';
import { decodeHeader, decodeWorkspaceFile, type FileHeader } from './workspace-file';

/** Time, reason, revision and (since backups carry one) the sequence number. */
export const BACKUP_ID = /^[0-9TZ-]+_[a-z-]+_r\d+(?:_n\d+)?$/;
const EXTENSION = '.stsnap';

export interface BackupInfo {
  id: string;
  createdAt: string;
  reason: string;
  revision: number;
  sizeBytes: number;
  counts: Record<string, number>;
  /** Order of writing; 0 for backups from before it was recorded. */
  sequence: number;
}

/** The backups folder: snapshot files named by time, reason and revision. */
export class BackupStore {
  constructor(
    private readonly fs: FileSystem,
    private readonly dir: string,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  /** The highest sequence seen on disk or written; read from the folder once. */
  private highest: number | null = null;

  /** The sequence number the next backup gets: one past the highest on disk. */
  async nextSequence(): Promise<number> {
    if (this.highest === null) await this.list();
    return this.highest! + 1;
  }

  async write(
    bytes: Buffer | readonly Buffer[],
    header: Pick<FileHeader, 'createdAt' | 'revision'> & { sequence: number },
    reason: string,
  ): Promise<string> {
    const stamp = header.createdAt.replace(/[:.]/g, '-');
    const id = `${stamp}_${reason}_r${header.revision}_n${header.sequence}`;
    try {
      await writeFileAtomic(this.fs, this.fileOf(id), bytes, { platform: this.platform });
    } catch (error) {
      throw fromDiskError(error, 'Could not write the backup');
    }
    this.highest = Math.max(this.highest ?? 0, header.sequence);
    return id;
  }

  /** Every readable backup, newest first (damaged ones are left out of the list, not deleted). */
  async list(): Promise<BackupInfo[]> {
    const names = (await this.fs.readdir(this.dir).catch(() => [] as string[])).filter(
      (name) => name.endsWith(EXTENSION) && BACKUP_ID.test(name.slice(0, -EXTENSION.length)),
    );
    const infos: BackupInfo[] = [];
    for (const name of names) {
      const info = await this.describe(name.slice(0, -EXTENSION.length));
      if (info) infos.push(info);
    }
    this.highest = infos.reduce((max, b) => Math.max(max, b.sequence), this.highest ?? 0);
    return infos.sort(
      (a, b) =>
        b.sequence - a.sequence ||
        b.createdAt.localeCompare(a.createdAt) ||
        b.id.localeCompare(a.id),
    );
  }

  async read(id: string): Promise<{ header: FileHeader; tables: WorkspaceTables }> {
    if (!BACKUP_ID.test(id)) throw new PersistenceError('not-found', 'No such backup.');
    let bytes: Buffer;
    try {
      bytes = await this.fs.readFile(this.fileOf(id));
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT')
        throw new PersistenceError('not-found', 'No such backup.');
      throw fromDiskError(error, 'Could not read the backup');
    }
    const decoded = decodeWorkspaceFile(bytes, 'snapshot');
    if (!decoded.ok) throw new PersistenceError(decoded.problem, `Backup ${id}: ${decoded.detail}`);
    return decoded;
  }

  /** Deletes what the retention rule does not keep. */
  async prune(now: Date): Promise<void> {
    const all = await this.list();
    const keep = backupsToKeep(
      all.map((b) => ({
        id: b.id,
        createdAt: new Date(b.createdAt),
        sequence: b.sequence,
        reason: b.reason,
      })),
      now,
      DEFAULT_RETENTION,
    );
    for (const backup of all) {
      if (!keep.has(backup.id)) await this.fs.unlink(this.fileOf(backup.id)).catch(() => undefined);
    }
  }

  private async describe(id: string): Promise<BackupInfo | null> {
    try {
      const handle = await this.fs.open(this.fileOf(id), 'r');
      const buffer = Buffer.alloc(16_384);
      let bytesRead = 0;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, buffer.length, 0));
      } finally {
        await handle.close();
      }
      const head = decodeHeader(buffer.subarray(0, bytesRead));
      if (!head.ok) return null;
      const { size } = await this.fs.stat(this.fileOf(id));
      const { createdAt, reason = 'manual', revision, counts, sequence = 0 } = head.header;
      return { id, createdAt, reason, revision, sizeBytes: size, counts, sequence };
    } catch {
      return null;
    }
  }

  private fileOf(id: string): string {
    return path.join(this.dir, `${id}${EXTENSION}`);
  }
}

import { hostname } from 'node:os';
import path from 'node:path';
import type { FileSystem } from './file-system';

export interface LockOwner {
  pid: number;
  host: string;
  /** When the owner last said it is alive (it rewrites the lock while it runs). */
  at: number;
}

export interface FolderLockDeps {
  fs: FileSystem;
  now: () => number;
  pid?: number;
  host?: string;
  /** Whether a process of this computer is still running. */
  isAlive?: (pid: number) => boolean;
}

/** A lock not renewed for this long belongs to a program that is gone (another computer's too). */
export const STALE_AFTER_MS = 2 * 60_000;
export const RENEW_EVERY_MS = 30_000;

const defaultIsAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
};

/**
 * One writer per data folder: a second app on the same folder (two installs, AppData on a
 * network share) would interleave journals and lose acknowledged changes. The lock file is
 * created exclusively; a lock whose process is gone, or that was not renewed for a while, is
 * taken over.
 */
export class FolderLock {
  private timer: ReturnType<typeof setInterval> | null = null;

  private constructor(
    private readonly deps: Required<FolderLockDeps>,
    private readonly file: string,
  ) {}

  /** Takes the lock, or says who holds it. */
  static async acquire(
    dataDir: string,
    input: FolderLockDeps,
  ): Promise<{ lock: FolderLock } | { heldBy: LockOwner }> {
    const deps = {
      pid: process.pid,
      host: hostname(),
      isAlive: defaultIsAlive,
      ...input,
    };
    const file = path.join(dataDir, 'folder.lock');
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const lock = new FolderLock(deps, file);
      if (await lock.tryCreate()) return { lock };
      const owner = await lock.readOwner();
      if (owner && !lock.isStale(owner)) return { heldBy: owner };
      // Stale (or unreadable, i.e. torn by a crash while it was written): remove and retry.
      await deps.fs.unlink(file).catch(() => undefined);
    }
    const owner = await new FolderLock(deps, file).readOwner();
    return { heldBy: owner ?? { pid: 0, host: 'unknown', at: deps.now() } };
  }

  /**
   * Rewrites the lock's time so other instances see it is alive. Returns who holds it when
   * that is no longer this app (it slept past the stale time and another took over).
   */
  async renew(): Promise<LockOwner | null> {
    const owner = await this.readOwner();
    if (owner && (owner.pid !== this.deps.pid || owner.host !== this.deps.host)) return owner;
    const handle = await this.deps.fs.open(this.file, 'w');
    try {
      await handle.writeFile(this.content());
    } finally {
      await handle.close();
    }
    return null;
  }

  /** Calls `renew` every RENEW_EVERY_MS until released (never keeps the process alive). */
  keepAlive(renew: () => void): void {
    this.timer = setInterval(renew, RENEW_EVERY_MS);
    this.timer.unref?.();
  }

  async release(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const owner = await this.readOwner();
    if (owner && owner.pid === this.deps.pid && owner.host === this.deps.host) {
      await this.deps.fs.unlink(this.file).catch(() => undefined);
    }
  }

  /**
   * Not renewed for a while: its owner is gone, on any computer (a pid alone can be reused by
   * another program after a reboot). On this computer a process that no longer runs is gone
   * at once.
   */
  private isStale(owner: LockOwner): boolean {
    if (this.deps.now() - owner.at > STALE_AFTER_MS) return true;
    if (owner.host === this.deps.host && owner.pid !== this.deps.pid) {
      return !this.deps.isAlive(owner.pid);
    }
    return false;
  }

  private async tryCreate(): Promise<boolean> {
    let handle;
    try {
      handle = await this.deps.fs.open(this.file, 'wx');
    } catch (error) {
      if ((error as { code?: string }).code === 'EEXIST') return false;
      throw error;
    }
    try {
      await handle.writeFile(this.content());
      await handle.sync();
    } finally {
      await handle.close();
    }
    return true;
  }

  private content(): string {
    return JSON.stringify({ pid: this.deps.pid, host: this.deps.host, at: this.deps.now() });
  }

  private async readOwner(): Promise<LockOwner | null> {
    try {
      const value = JSON.parse(
        (await this.deps.fs.readFile(this.file)).toString('utf8'),
      ) as Partial<LockOwner> | null;
      if (typeof value?.pid !== 'number' || typeof value.host !== 'string') return null;
      return { pid: value.pid, host: value.host, at: Number(value.at) || 0 };
    } catch {
      return null;
    }
  }
}

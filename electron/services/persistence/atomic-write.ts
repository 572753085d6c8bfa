import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FileSystem } from './file-system';

export interface AtomicWriteOptions {
  platform?: NodeJS.Platform;
  /** Waits between rename retries on Windows (virus scanners and indexers hold files briefly). */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * The new content is in place, but the folder could not be synced: it is what every reader
 * sees now, yet a power loss could still bring back the old file. Callers that keep state in
 * memory must treat the write as done (the file is what it is) and make it durable later.
 */
export class RenamedButNotSynced extends Error {
  override readonly name = 'RenamedButNotSynced';
  readonly code: string | undefined;
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.code = (cause as { code?: string } | null)?.code;
  }
}

const RETRYABLE_ON_WINDOWS = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_ATTEMPTS = 5;

/**
 * Replaces `target` so that, whatever happens (crash, full disk, power loss), it holds either
 * the old or the new content: temp file in the same folder, write, fsync, rename, fsync of
 * the folder. On failure the temp file is removed and the original error is thrown.
 */
export async function writeFileAtomic(
  fs: FileSystem,
  target: string,
  data: Buffer | string | readonly Buffer[],
  options: AtomicWriteOptions = {},
): Promise<void> {
  const platform = options.platform ?? process.platform;
  const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      // Chunks are written one after the other from the handle's position.
      for (const chunk of Array.isArray(data) ? data : [data as Buffer | string]) {
        await handle.writeFile(chunk);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    for (let attempt = 1; ; attempt += 1) {
      try {
        await fs.rename(temp, target);
        break;
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        if (platform !== 'win32' || !RETRYABLE_ON_WINDOWS.has(code) || attempt >= RENAME_ATTEMPTS) {
          throw error;
        }
        await sleep(20 * 2 ** attempt);
      }
    }
  } catch (error) {
    // The temp file must not stay behind; a failure to remove it must not hide the cause.
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  try {
    await syncFolder(fs, path.dirname(target), platform);
  } catch (error) {
    throw new RenamedButNotSynced(error);
  }
}

/** Makes the rename itself durable. Windows cannot open a folder for fsync; skip it there. */
async function syncFolder(fs: FileSystem, folder: string, platform: NodeJS.Platform) {
  if (platform === 'win32') return;
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

import { rmSync } from 'node:fs';

/**
 * Removes a folder and everything in it; retries while something (a browser still writing its
 * profile, LibreOffice, a worker) lets go of its files, and never fails a test over it — it
 * says so instead.
 */
export function removeDir(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  } catch (error) {
    console.warn(`Could not remove ${dir}: ${(error as Error).message}`);
  }
}

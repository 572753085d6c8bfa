import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { removeDir } from './remove-dir';

const made: string[] = [];

/**
 * A fresh folder under the system's temp folder, removed when the test file is done (vitest
 * runs each file with its own copy of this module, so each file removes its own).
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of made.splice(0)) removeDir(dir);
});

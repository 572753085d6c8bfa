import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { electronExecutable } from '../electron/electron-binary';

describe('npm run test:electron', () => {
  it.runIf(electronExecutable() === null)(
    'fails fast with a clear message where the Electron binary is missing',
    () => {
      const started = Date.now();
      const run = spawnSync(
        'npx',
        ['playwright', 'test', '--config', 'playwright.electron.config.ts'],
        {
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
      expect(run.status).not.toBe(0);
      expect(`${run.stdout}${run.stderr}`).toContain('Electron binary not available');
      expect(Date.now() - started).toBeLessThan(30_000);
    },
  );
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { electronExecutable } from './electron-binary';

interface Running {
  app: ElectronApplication;
  page: Page;
}

interface Fixtures {
  dataDir: string;
  filesDir: string;
  /** Starts the real app on this test's data folder; call again after closing to restart. */
  startApp: () => Promise<Running>;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stp-electron-data-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  // eslint-disable-next-line no-empty-pattern
  filesDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stp-electron-files-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  startApp: async ({ dataDir, filesDir }, use) => {
    const apps: ElectronApplication[] = [];
    await use(async () => {
      const app = await _electron.launch({
        executablePath: electronExecutable()!,
        args: [path.resolve('out/main/index.js')],
        env: {
          ...process.env,
          STP_DATA_DIR: dataDir,
          STP_E2E_FILE_DIR: filesDir,
          LANG: 'en_GB.UTF-8',
        },
      });
      apps.push(app);
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      return { app, page };
    });
    await Promise.all(apps.map((app) => app.close().catch(() => undefined)));
  },
});

export { expect } from '@playwright/test';

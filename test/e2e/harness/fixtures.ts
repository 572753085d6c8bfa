import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, test as base, type BrowserContext, type Page } from '@playwright/test';
import { startBundleServer, type BundleServer } from './bundle-server';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium';
import { OpenedFiles } from '../../../electron/services/shell/opened-files';
import { openMainServices, scriptedDialogs, type ScriptedDialogs } from './main-services';
import { installPlannerBridge } from './preload-emulation';

export interface LaunchOptions {
  locale?: string;
  /** Another profile folder: a fresh, empty IndexedDB (as after a profile reset). */
  profileDir?: string;
  /** Another data folder: with another profile, another computer. */
  dataDir?: string;
}

export interface RunningApp {
  context: BrowserContext;
  page: Page;
  /** Closes the browser, as a user quitting the app. */
  close: () => Promise<void>;
}

interface Fixtures {
  profileDir: string;
  dataDir: string;
  dialogs: ScriptedDialogs;
  /** Files "double-clicked" in the file manager, as main holds them for the renderer. */
  openedFiles: OpenedFiles;
  launchApp: (options?: LaunchOptions) => Promise<RunningApp>;
}

/**
 * Each test gets its own browser profile (IndexedDB) and data folder; `launchApp` starts
 * Chromium on them with the preload emulated, and can be called again to "restart the app".
 */
export const test = base.extend<Fixtures, { server: BundleServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startBundleServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stp-profile-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stp-data-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  dialogs: async ({ dataDir }, use) => {
    const saveDir = path.join(dataDir, '..', `${path.basename(dataDir)}-files`);
    await use(scriptedDialogs(saveDir));
    rmSync(saveDir, { recursive: true, force: true });
  },
  // eslint-disable-next-line no-empty-pattern
  openedFiles: async ({}, use) => {
    await use(new OpenedFiles());
  },
  launchApp: async ({ server, profileDir, dataDir, dialogs, openedFiles }, use) => {
    const running: BrowserContext[] = [];
    await use(async (options = {}) => {
      const locale = options.locale ?? 'en-GB';
      const context = await chromium.launchPersistentContext(options.profileDir ?? profileDir, {
        executablePath: chromiumExecutable(),
        args: CHROMIUM_ARGS,
        headless: true,
        locale,
        viewport: { width: 1280, height: 800 },
      });
      running.push(context);
      // Main's services on the test's data folder: a new launch is an app restart.
      const { deps } = await openMainServices({
        dataDir: options.dataDir ?? dataDir,
        locale,
        dialogs,
        openedFile: openedFiles,
        shownInFolder: dialogs.shown,
        printPage: () => context.pages()[0],
      });
      await installPlannerBridge(context, server.origin, deps);
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${server.origin}/index.html`);
      return { context, page, close: () => context.close() };
    });
    await Promise.all(running.map((c) => c.close().catch(() => undefined)));
  },
});

export { expect } from '@playwright/test';

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, test as base, type BrowserContext, type Page } from '@playwright/test';
import { startBundleServer, type BundleServer } from './bundle-server';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium';
import { OpenedFiles } from '../../../electron/services/shell/opened-files';
import { openMainServices, scriptedDialogs, type ScriptedDialogs } from './main-services';
import { emitToPage, installPlannerBridge } from './preload-emulation';
import type { PersistenceService } from '../../../electron/services/persistence/persistence-service';
import { QUIT_FLUSH_TIMEOUT_MS } from '../../../electron/services/shell/quit-flush';
import { removeDir } from '../../helpers/remove-dir';
import type { TeamLink } from '../../../electron/services/team-sync/team-link';

export interface LaunchOptions {
  locale?: string;
  /** Another profile folder: a fresh, empty IndexedDB (as after a profile reset). */
  profileDir?: string;
  /** Another data folder: with another profile, another computer. */
  dataDir?: string;
  /** Main takes this long for every journal append (a slow disk), to catch a flush midway. */
  slowAppendsMs?: number;
  /** A second app on the same data folder while the first still runs (not a restart). */
  alongside?: boolean;
}

export interface RunningApp {
  context: BrowserContext;
  page: Page;
  /** Closes the browser at once, as a crash or a killed process would. */
  close: () => Promise<void>;
  /** Closes as main does: asks the page to write what is pending, waits (bounded), closes. */
  quit: () => Promise<{ answered: boolean }>;
  /** Main's persistence service on this app's data folder. */
  persistence: PersistenceService;
}

interface Fixtures {
  /** A fresh folder, removed after the test once every browser using it has closed. */
  tempDir: (prefix: string) => string;
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
  tempDir: async ({}, use) => {
    const made: string[] = [];
    await use((prefix) => {
      const dir = mkdtempSync(path.join(tmpdir(), prefix));
      made.push(dir);
      return dir;
    });
    // After launchApp (which depends on this) has closed every browser using these folders.
    for (const dir of made) removeDir(dir);
  },
  profileDir: async ({ tempDir }, use) => {
    await use(tempDir('stp-profile-'));
  },
  dataDir: async ({ tempDir }, use) => {
    await use(tempDir('stp-data-'));
  },
  dialogs: async ({ tempDir }, use) => {
    await use(scriptedDialogs(tempDir('stp-files-')));
  },
  // eslint-disable-next-line no-empty-pattern
  openedFiles: async ({}, use) => {
    await use(new OpenedFiles());
  },
  launchApp: async ({ server, profileDir, dataDir, dialogs, openedFiles, tempDir: _ }, use) => {
    const running: BrowserContext[] = [];
    // One main process per data folder: a new launch on a folder is a restart after the last.
    const mains = new Map<string, { persistence: PersistenceService; team: TeamLink }>();
    const closeMain = async (main?: { persistence: PersistenceService; team: TeamLink }) => {
      await main?.team.close();
      await main?.persistence.close();
    };
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
      const folder = options.dataDir ?? dataDir;
      if (!options.alongside) await closeMain(mains.get(folder));
      let answerFlushed = () => undefined as void;
      const { deps, persistence, team } = await openMainServices({
        dataDir: folder,
        onFlushed: () => answerFlushed(),
        slowAppendsMs: options.slowAppendsMs,
        locale,
        dialogs,
        openedFile: openedFiles,
        shownInFolder: dialogs.shown,
        printPage: () => context.pages()[0],
      });
      mains.set(folder, { persistence, team });
      await installPlannerBridge(context, server.origin, deps);
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${server.origin}/index.html`);
      const quit = async () => {
        const answered = new Promise<boolean>((resolve) => {
          answerFlushed = () => resolve(true);
          setTimeout(() => resolve(false), QUIT_FLUSH_TIMEOUT_MS);
        });
        await emitToPage(page, 'app:flush-before-quit', {});
        const result = { answered: await answered };
        await context.close();
        return result;
      };
      return { context, page, close: () => context.close(), quit, persistence };
    });
    await Promise.all(running.map((c) => c.close().catch(() => undefined)));
    await Promise.all([...mains.values()].map(closeMain));
  },
});

export { expect } from '@playwright/test';

import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import path from 'node:path';
import type { ServiceDeps } from '../../../electron/services/handler-registry';
import type { FileDialogs } from '../../../electron/services/persistence-handlers';
import { PersistenceService } from '../../../electron/services/persistence/persistence-service';
import type { BackupInfo } from '@shared/ipc/persistence-schemas';
import type { OpenedFiles } from '../../../electron/services/shell/opened-files';
import { writeWorkbook } from '../../../electron/services/workbook/write-workbook';
import { nodeFileSystem } from '../../../electron/services/persistence/file-system';
import { LevelPouch } from '../../../electron/services/team-sync/level-pouch';
import { openTeamLink, type TeamLink } from '../../../electron/services/team-sync/team-link';
import { fakeKeychain } from '../../helpers/fake-keychain';
import { emitToPage } from './preload-emulation';

/** What the test's stand-in dialogs answer: a save lands in `saveDir`; an open picks `nextOpen`. */
export interface ScriptedDialogs extends FileDialogs {
  saveDir: string;
  nextOpen: string | null;
  saved: string[];
  /** Files main was asked to show in their folder. */
  shown: string[];
}

export function scriptedDialogs(saveDir: string): ScriptedDialogs {
  mkdirSync(saveDir, { recursive: true });
  const dialogs: ScriptedDialogs = {
    saveDir,
    nextOpen: null,
    saved: [],
    shown: [],
    chooseSaveFile: async (defaultName) => {
      const file = path.join(dialogs.saveDir, path.basename(defaultName));
      dialogs.saved.push(file);
      return file;
    },
    chooseOpenFile: async () => {
      const file = dialogs.nextOpen;
      dialogs.nextOpen = null;
      return file;
    },
  };
  return dialogs;
}

/**
 * The main process's services as the Electron glue wires them, on a real data folder:
 * opening it again after closing the browser is an app restart.
 */
export async function openMainServices(options: {
  dataDir: string;
  locale: string;
  dialogs: FileDialogs;
  onBackupCreated?: (backup: BackupInfo) => void;
  /** A file "double-clicked" in the file manager, as main's OpenedFiles holds it. */
  openedFile?: OpenedFiles;
  /** Files main was asked to show in their folder. */
  shownInFolder?: string[];
  /** The renderer answered a close: everything pending is on disk. */
  onFlushed?: () => void;
  /** Every journal append waits this long first (a slow disk). */
  slowAppendsMs?: number;
  /** The app's page, for printing to PDF and for main's events. */
  printPage?: () => Page | undefined;
}): Promise<{ deps: ServiceDeps; persistence: PersistenceService; team: TeamLink }> {
  const persistence = await PersistenceService.open({
    dataDir: options.dataDir,
    appVersion: '0.1.0',
    now: () => new Date(),
  });
  const delay = options.slowAppendsMs ?? 0;
  const slowed = new Proxy(persistence, {
    get(target, property, receiver) {
      if (property !== 'append') return Reflect.get(target, property, receiver) as unknown;
      return async (...args: Parameters<PersistenceService['append']>) => {
        await new Promise((resolve) => setTimeout(resolve, delay));
        return target.append(...args);
      };
    },
  });
  // Team sync as main runs it (LevelDB replica in the data folder), a fake OS keychain.
  const team = await openTeamLink({
    folder: options.dataDir,
    fs: nodeFileSystem,
    secrets: fakeKeychain,
    Pouch: LevelPouch,
    now: () => new Date(),
    send: (channel, payload) => {
      const page = options.printPage?.();
      if (!page) throw new Error('There is no page to send to.');
      void emitToPage(page, channel, payload).catch(() => undefined);
    },
  });
  let language: 'de' | 'en' = options.locale.startsWith('de') ? 'de' : 'en';
  const deps: ServiceDeps = {
    version: '0.1.0',
    platform: process.platform,
    dataFolder: options.dataDir,
    getLocale: () => options.locale,
    setMenuLanguage: (next) => (language = next),
    onFlushedBeforeQuit: () => options.onFlushed?.(),
    getPersistence: () => (options.slowAppendsMs ? slowed : persistence),
    dialogs: options.dialogs,
    getLanguage: () => language,
    today: () => new Date().toISOString().slice(0, 10),
    onBackupCreated: options.onBackupCreated ?? (() => undefined),
    takeOpenedFile: () => options.openedFile?.take() ?? null,
    showInFolder: (file) => options.shownInFolder?.push(file),
    // Chromium's own PDF printer stands in for webContents.printToPDF.
    printToPdf: async ({ pageSize }) => {
      const page = options.printPage?.();
      if (!page) throw new Error('There is no page to print.');
      return page.pdf({ landscape: true, printBackground: true, format: pageSize });
    },
    getCountry: () => options.locale,
    // Main loads the writer on first use; Playwright's loader cannot import TypeScript lazily.
    loadWorkbookWriter: async () => writeWorkbook,
    getTeamLink: () => team,
    teamChanges: (ops) => team.localCommitted(ops),
    teamReplaced: (tables) => team.localReplaced(tables),
  };
  return { deps, persistence, team };
}

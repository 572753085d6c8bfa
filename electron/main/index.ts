import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { app, shell } from 'electron';
import type { Language } from '@shared/domain/workspace';
import { localDate } from '@shared/format/calendar-date';
import { languageOf } from '@shared/i18n/translate';
import { createInvokeHandlers } from '../services/handler-registry';
import { writeWorkbookInThread } from '../services/workbook/in-thread';
import startWorkbookThread from '../services/workbook/workbook-thread?nodeWorker';
import { autoFileDialogs } from '../services/shell/auto-file-dialogs';
import { OpenedFiles, workspaceFileFromArgv } from '../services/shell/opened-files';
import { nativeFileDialogs } from './dialogs';
import { registerIpcHandlers } from './ipc';
import { installMenu } from './menu';
import { openDurableWorkspace } from './persistence';
import { registerAppScheme, serveRendererBundle } from './protocol';
import { denyAllPermissions, installSecurityGuards } from './security';
import { QuitFlush } from '../services/shell/quit-flush';
import { createMainWindow } from './window';
import { startTeamSync } from './team';

// Test hooks (a throw-away data folder, dialogs answered from a folder) exist only in
// development builds: a packaged app ignores them, whatever the environment says.
const testHooks = !app.isPackaged;
if (testHooks && process.env.STP_DATA_DIR) {
  app.setPath('userData', path.resolve(process.env.STP_DATA_DIR));
}

let mainWindow: BrowserWindow | null = null;
let quitFlush: QuitFlush | null = null;
const openedFiles = new OpenedFiles();

/** A workspace file to open: keep it, and tell the renderer (if it is up) to take it. */
function offerFile(file: string | null) {
  if (!openedFiles.offer(file)) return;
  mainWindow?.webContents.send('workspace:file-waiting', {});
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  installSecurityGuards();
  openedFiles.offer(workspaceFileFromArgv(process.argv.slice(1), process.cwd()));

  // A second start (e.g. a double-clicked .stplan) focuses this one and hands over its file.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
    offerFile(workspaceFileFromArgv(argv, workingDirectory));
  });
  // macOS delivers double-clicked files as an event, possibly before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    offerFile(file);
  });

  void app.whenReady().then(async () => {
    denyAllPermissions();
    serveRendererBundle(path.join(__dirname, '../renderer'));
    const dataFolder = app.getPath('userData');
    const menuContext = {
      getWindow: () => mainWindow,
      version: app.getVersion(),
      dataFolder,
      platform: process.platform,
    };
    let language: Language = languageOf(app.getLocale());
    const teamLink = await startTeamSync(dataFolder, () => mainWindow);
    // The Electron end-to-end suite answers file dialogs from a folder instead of a person.
    const e2eFiles = testHooks ? process.env.STP_E2E_FILE_DIR : undefined;
    registerIpcHandlers(
      createInvokeHandlers({
        ...menuContext,
        getLocale: () => app.getLocale(),
        setMenuLanguage: (next) => {
          language = next;
          installMenu(next, menuContext);
        },
        onFlushedBeforeQuit: () => quitFlush?.flushed(),
        getPersistence: await openDurableWorkspace(dataFolder),
        getTeamLink: () => teamLink,
        teamChanges: teamLink ? (ops) => teamLink.localCommitted(ops) : undefined,
        teamReplaced: teamLink ? (tables) => teamLink.localReplaced(tables) : undefined,
        dialogs: e2eFiles
          ? autoFileDialogs(path.resolve(e2eFiles))
          : nativeFileDialogs(() => mainWindow),
        getLanguage: () => language,
        today: () => localDate(new Date()),
        onBackupCreated: (backup) => mainWindow?.webContents.send('backup:created', backup),
        takeOpenedFile: () => openedFiles.take(),
        showInFolder: (file) => shell.showItemInFolder(file),
        printToPdf: async ({ pageSize }) => {
          if (!mainWindow) throw new Error('There is no window to print.');
          return mainWindow.webContents.printToPDF({
            landscape: true,
            printBackground: true,
            pageSize,
          });
        },
        getCountry: () => app.getLocaleCountryCode() || app.getLocale(),
        loadWorkbookWriter: async () => writeWorkbookInThread(startWorkbookThread),
      }),
    );
    installMenu(language, menuContext);
    const window = createMainWindow(
      path.join(__dirname, '../preload/index.js'),
      'Sales Team Planner',
      dataFolder,
      { devTools: testHooks },
    );
    mainWindow = window;
    // Closing (button, Quit, logout) first lets the renderer write its last changes.
    quitFlush = new QuitFlush({
      requestFlush: () => window.webContents.send('app:flush-before-quit', {}),
      closeNow: () => window.close(),
    });
    window.on('close', (event) => {
      if (!quitFlush?.closeRequested()) event.preventDefault();
    });
    // Windows ends the session without waiting: ask for the flush all the same.
    window.on('session-end', () => window.webContents.send('app:flush-before-quit', {}));
    // A reload or a crash of the page: what it was handed but did not confirm comes again.
    window.webContents.on('render-process-gone', () => teamLink?.windowGone());
    window.webContents.on('did-start-loading', () => teamLink?.windowGone());
    window.on('closed', () => {
      mainWindow = null;
      teamLink?.windowGone();
    });
  });

  app.on('window-all-closed', () => app.quit());
}

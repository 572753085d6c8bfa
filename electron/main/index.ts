import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { app } from 'electron';
import type { Language } from '../../shared/domain/workspace';
import { languageOf } from '../../shared/i18n/translate';
import { createInvokeHandlers } from '../services/handler-registry';
import { nativeFileDialogs } from './dialogs';
import { registerIpcHandlers } from './ipc';
import { installMenu } from './menu';
import { openDurableWorkspace } from './persistence';
import { registerAppScheme, serveRendererBundle } from './protocol';
import { denyAllPermissions, installSecurityGuards } from './security';
import { createMainWindow } from './window';

// Tests point the app at a throw-away folder; users never set this.
if (process.env.STP_DATA_DIR) app.setPath('userData', path.resolve(process.env.STP_DATA_DIR));

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  installSecurityGuards();

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
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
    registerIpcHandlers(
      createInvokeHandlers({
        ...menuContext,
        getLocale: () => app.getLocale(),
        setMenuLanguage: (next) => {
          language = next;
          installMenu(next, menuContext);
        },
        getPersistence: await openDurableWorkspace(dataFolder),
        dialogs: nativeFileDialogs(() => mainWindow),
        getLanguage: () => language,
        today: () => new Date().toISOString().slice(0, 10),
        onBackupCreated: (backup) => mainWindow?.webContents.send('backup:created', backup),
      }),
    );
    installMenu(language, menuContext);
    mainWindow = createMainWindow(
      path.join(__dirname, '../preload/index.js'),
      'Sales Team Planner',
    );
    mainWindow.on('closed', () => (mainWindow = null));
  });

  app.on('window-all-closed', () => app.quit());
}

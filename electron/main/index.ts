import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { app } from 'electron';
import { languageOf } from '../../shared/i18n/translate';
import { createInvokeHandlers } from '../services/handler-registry';
import { registerIpcHandlers } from './ipc';
import { installMenu } from './menu';
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

  void app.whenReady().then(() => {
    denyAllPermissions();
    serveRendererBundle(path.join(__dirname, '../renderer'));
    const menuContext = {
      getWindow: () => mainWindow,
      version: app.getVersion(),
      dataFolder: app.getPath('userData'),
      platform: process.platform,
    };
    registerIpcHandlers(
      createInvokeHandlers({
        ...menuContext,
        getLocale: () => app.getLocale(),
        setMenuLanguage: (language) => installMenu(language, menuContext),
      }),
    );
    installMenu(languageOf(app.getLocale()), menuContext);
    mainWindow = createMainWindow(
      path.join(__dirname, '../preload/index.js'),
      'Sales Team Planner',
    );
    mainWindow.on('closed', () => (mainWindow = null));
  });

  app.on('window-all-closed', () => app.quit());
}

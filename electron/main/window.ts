import { BrowserWindow } from 'electron';
import { secureWebPreferences } from '../services/shell/web-preferences';
import { rendererEntryUrl } from './protocol';

export function createMainWindow(preloadPath: string, title: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    title,
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(rendererEntryUrl);
  return window;
}

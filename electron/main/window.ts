import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BrowserWindow, screen } from 'electron';
import { writeFileAtomic } from '../services/persistence/atomic-write';
import { nodeFileSystem } from '../services/persistence/file-system';
import { MIN_SIZE, parseWindowState, placeWindow } from '../services/shell/window-state';
import { secureWebPreferences } from '../services/shell/web-preferences';
import { rendererEntryUrl } from './protocol';

function readState(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** The one window, where the user left it (kept on a display that is still attached). */
export function createMainWindow(
  preloadPath: string,
  title: string,
  dataFolder: string,
  options: { devTools: boolean } = { devTools: false },
): BrowserWindow {
  const stateFile = path.join(dataFolder, 'window-state.json');
  const place = placeWindow(
    parseWindowState(readState(stateFile)),
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const window = new BrowserWindow({
    x: place.x,
    y: place.y,
    width: place.width,
    height: place.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title,
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(preloadPath, options),
  });
  window.once('ready-to-show', () => {
    if (place.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    const state = { ...window.getNormalBounds(), maximized: window.isMaximized() };
    void writeFileAtomic(nodeFileSystem, stateFile, JSON.stringify(state)).catch(() => undefined);
  });
  void window.loadURL(rendererEntryUrl);
  return window;
}

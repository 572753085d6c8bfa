import type { BrowserWindow } from 'electron';
import { dialog } from 'electron';
import type { FileDialogs } from '../services/persistence-handlers';

/** Native save/open dialogs; main, never the renderer, decides which file is touched. */
export function nativeFileDialogs(getWindow: () => BrowserWindow | null): FileDialogs {
  return {
    chooseSaveFile: async (defaultName, filter) => {
      const window = getWindow();
      const options = { defaultPath: defaultName, filters: [filter] };
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    chooseOpenFile: async (filter) => {
      const window = getWindow();
      const options = { filters: [filter], properties: ['openFile' as const] };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}

import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FileDialogs } from '../persistence-handlers';

/**
 * File "dialogs" for the Electron end-to-end suite (STP_E2E_FILE_DIR): saving goes to that
 * folder under the suggested name, opening takes its newest matching file. Never used otherwise.
 */
export function autoFileDialogs(dir: string): FileDialogs {
  return {
    chooseSaveFile: async (defaultName) => path.join(dir, path.basename(defaultName)),
    chooseOpenFile: async (filter) => {
      const matches = readdirSync(dir)
        .filter((name) => filter.extensions.some((ext) => name.endsWith(`.${ext}`)))
        .map((name) => path.join(dir, name))
        .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
      return matches[0] ?? null;
    },
  };
}

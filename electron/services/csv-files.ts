import path from 'node:path';
import { rememberFolder, suggestedPath } from './export-folder';
import type { DomainHandlers } from './ipc/handlers';
import { writeFileAtomic } from './persistence/atomic-write';
import { nodeFileSystem } from './persistence/file-system';
import { fromDiskError } from './persistence/persistence-error';
import type { FileDialogs } from './persistence-handlers';

export interface CsvFileDeps {
  dialogs: FileDialogs;
  /** Where main keeps what it remembers between runs (here: the last export folder). */
  dataFolder: string;
  /** Opens the system file manager with the file selected. */
  showInFolder: (file: string) => void;
}

/**
 * Saves CSV the renderer produced, at a place the user picks in main's save dialog (opened in
 * the folder of the last export), and can show the saved file in its folder. The renderer
 * never names a path: it suggests a file name and asks for "the last export".
 */
export function createCsvHandlers(
  deps: CsvFileDeps,
): DomainHandlers<'csv:save' | 'csv:show-in-folder'> {
  let lastSaved: string | null = null;
  return {
    'csv:save': async ({ suggestedName, content }) => {
      const file = await deps.dialogs.chooseSaveFile(
        await suggestedPath(deps.dataFolder, suggestedName),
        { name: 'CSV', extensions: ['csv'] },
      );
      if (!file) return { saved: false, fileName: null };
      try {
        await writeFileAtomic(nodeFileSystem, file, content);
      } catch (error) {
        throw fromDiskError(error, 'Could not write the CSV file');
      }
      lastSaved = file;
      await rememberFolder(deps.dataFolder, file);
      return { saved: true, fileName: path.basename(file) };
    },
    'csv:show-in-folder': async () => {
      if (lastSaved) deps.showInFolder(lastSaved);
      return { shown: lastSaved !== null };
    },
  };
}

import path from 'node:path';
import { rememberFolder, suggestedPath } from './export-folder';
import type { DomainHandlers } from './ipc/handlers';
import type { writeWorkbook } from './workbook/write-workbook';
import { writeFileAtomic } from './persistence/atomic-write';
import { nodeFileSystem } from './persistence/file-system';
import { fromDiskError } from './persistence/persistence-error';
import type { FileDialogs } from './persistence-handlers';

export interface ExportFileDeps {
  dialogs: FileDialogs;
  /** Where main keeps what it remembers between runs (here: the last export folder). */
  dataFolder: string;
  /** Opens the system file manager with the file selected. */
  showInFolder: (file: string) => void;
  /**
   * The workbook writer. Main gives one that writes in a thread of its own; without one, the
   * writer is loaded at the first workbook (the library is 1.2 MB of code, not wanted at start).
   */
  loadWorkbookWriter?: () => Promise<WorkbookWriter>;
}

type WorkbookWriter = typeof writeWorkbook;

const loadWriter = async () => (await import('./workbook/write-workbook')).writeWorkbook;

/**
 * Saves exports — CSV the renderer wrote, or a workbook main writes from the typed cells the
 * renderer sent — at a place the user picks in main's save dialog (opened in the folder of the
 * last export), and can show the saved file in its folder. The renderer never names a path: it
 * suggests a file name and asks for "the last export".
 */
export function createExportHandlers(
  deps: ExportFileDeps,
): DomainHandlers<'csv:save' | 'xlsx:save' | 'csv:show-in-folder'> {
  let lastSaved: string | null = null;
  const save = async (
    suggestedName: string,
    filter: { name: string; extensions: string[] },
    content: () => Promise<string | Buffer[]>,
  ) => {
    const file = await deps.dialogs.chooseSaveFile(
      await suggestedPath(deps.dataFolder, suggestedName),
      filter,
    );
    if (!file) return { saved: false, fileName: null };
    // Made before the disk is touched: a failure here is no disk problem and leaves no file.
    const data = await content();
    try {
      await writeFileAtomic(nodeFileSystem, file, data);
    } catch (error) {
      throw fromDiskError(error, `Could not write the ${filter.name} file`);
    }
    lastSaved = file;
    await rememberFolder(deps.dataFolder, file);
    return { saved: true, fileName: path.basename(file) };
  };
  return {
    'csv:save': ({ suggestedName, content }) =>
      save(suggestedName, { name: 'CSV', extensions: ['csv'] }, async () => content),
    'xlsx:save': ({ suggestedName, language, currency, sheet }) =>
      save(suggestedName, { name: 'Excel', extensions: ['xlsx'] }, async () => {
        const writeWorkbook = await (deps.loadWorkbookWriter ?? loadWriter)();
        return writeWorkbook(sheet, { language, currency });
      }),
    'csv:show-in-folder': async () => {
      if (lastSaved) deps.showInFolder(lastSaved);
      return { shown: lastSaved !== null };
    },
  };
}

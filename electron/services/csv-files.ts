import path from 'node:path';
import type { DomainHandlers } from './ipc/handlers';
import { writeFileAtomic } from './persistence/atomic-write';
import { nodeFileSystem } from './persistence/file-system';
import { fromDiskError } from './persistence/persistence-error';
import type { FileDialogs } from './persistence-handlers';

/** Saves CSV the renderer produced, at a place the user picks in main's save dialog. */
export function createCsvHandlers(deps: { dialogs: FileDialogs }): DomainHandlers<'csv:save'> {
  return {
    'csv:save': async ({ suggestedName, content }) => {
      const file = await deps.dialogs.chooseSaveFile(suggestedName, {
        name: 'CSV',
        extensions: ['csv'],
      });
      if (!file) return { saved: false, fileName: null };
      try {
        await writeFileAtomic(nodeFileSystem, file, content);
      } catch (error) {
        throw fromDiskError(error, 'Could not write the CSV file');
      }
      return { saved: true, fileName: path.basename(file) };
    },
  };
}

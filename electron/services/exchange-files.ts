import { saveThroughDialog } from './export-folder';
import type { DomainHandlers } from './ipc/handlers';
import type { FileDialogs } from './persistence-handlers';

/** Saves a requests/decisions exchange file (JSON the renderer built) through a save dialog. */
export function createExchangeHandlers(deps: {
  dialogs: FileDialogs;
  dataFolder: string;
}): DomainHandlers<'requests:save'> {
  return {
    'requests:save': ({ suggestedName, content }) =>
      saveThroughDialog(
        deps,
        suggestedName,
        { name: 'Sales Team Planner requests', extensions: ['stpreq'] },
        async () => Buffer.from(content, 'utf8'),
      ),
  };
}

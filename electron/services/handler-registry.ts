import { createAppHandlers, type AppInfoDeps } from './app-info';
import { createExportHandlers, type ExportFileDeps } from './export-files';
import type { InvokeHandlers } from './ipc/handlers';
import { createPersistenceHandlers, type PersistenceHandlerDeps } from './persistence-handlers';
import { createPictureHandlers, type PictureFileDeps } from './picture-files';
import { createExchangeHandlers } from './exchange-files';
import { createTeamHandlers, type TeamHandlerDeps } from './team-handlers';

export type ServiceDeps = AppInfoDeps &
  PersistenceHandlerDeps &
  ExportFileDeps &
  PictureFileDeps &
  TeamHandlerDeps;

/**
 * Joins every domain's handlers into the one map main registers. The browser test harness
 * builds the same map, so end-to-end tests run the real services.
 */
export function createInvokeHandlers(deps: ServiceDeps): InvokeHandlers {
  return {
    ...createAppHandlers(deps),
    ...createPersistenceHandlers(deps),
    ...createExportHandlers(deps),
    ...createPictureHandlers(deps),
    ...createExchangeHandlers(deps),
    ...createTeamHandlers(deps),
  };
}

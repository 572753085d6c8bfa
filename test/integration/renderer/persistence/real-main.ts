import { createInvokeHandlers } from '../../../../electron/services/handler-registry';
import { dispatchInvoke } from '../../../../electron/services/ipc/dispatch';
import type { FileSystem } from '../../../../electron/services/persistence/file-system';
import { PersistenceService } from '../../../../electron/services/persistence/persistence-service';
import { eventChannels, invokeChannels } from '@shared/ipc/channels';
import { buildPlannerBridge, type PlannerApi } from '@shared/ipc/planner-api';
import { keyOf, TABLE_NAMES, type WorkspaceTables } from '@shared/persistence/tables';
import { tempDir } from '../../../helpers/temp-dirs';

const ORIGIN = 'app://bundle';

/**
 * The real main-process services on a temp data folder, reached through the real bridge and
 * IPC gate — only the transport is a function call instead of Electron IPC.
 */
export async function realMain(options: { dataDir?: string; fs?: FileSystem } = {}) {
  const dataDir = options.dataDir ?? tempDir('stp-main-');
  const persistence = await PersistenceService.open({
    dataDir,
    appVersion: 'test',
    now: () => new Date(),
    ...(options.fs ? { fs: options.fs } : {}),
  });
  const handlers = createInvokeHandlers({
    version: 'test',
    platform: 'linux',
    dataFolder: dataDir,
    getLocale: () => 'en-GB',
    setMenuLanguage: () => undefined,
    onFlushedBeforeQuit: () => undefined,
    getPersistence: () => persistence,
    dialogs: { chooseSaveFile: async () => null, chooseOpenFile: async () => null },
    getLanguage: () => 'en',
    today: () => '2026-11-26',
    onBackupCreated: () => undefined,
    takeOpenedFile: () => null,
    showInFolder: () => undefined,
    printToPdf: async () => new Uint8Array(),
    getCountry: () => 'DE',
    getTeamLink: () => null,
  });
  const api = buildPlannerBridge(invokeChannels, eventChannels, {
    invoke: (channel, payload) =>
      dispatchInvoke(
        handlers,
        channel,
        { url: `${ORIGIN}/index.html`, isMainFrame: true },
        payload,
        {
          allowedOrigins: [ORIGIN],
        },
      ),
    subscribe: () => () => undefined,
  }) as unknown as PlannerApi;
  return { api, persistence, dataDir };
}

/** Tables with rows in key order, to compare workspaces whatever order each side keeps. */
export function byKey(tables: WorkspaceTables): WorkspaceTables {
  const sorted = { ...tables };
  for (const name of TABLE_NAMES) {
    sorted[name] = [...tables[name]].sort((a, b) => (keyOf(name, a) < keyOf(name, b) ? -1 : 1));
  }
  return sorted;
}

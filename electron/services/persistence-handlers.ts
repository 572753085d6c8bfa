import path from 'node:path';
import type { Language } from '@shared/domain/workspace';
import type { BackupInfo } from '@shared/ipc/persistence-schemas';
import type { ChangeOp, Row } from '@shared/persistence/tables';
import type { DomainHandlers } from './ipc/handlers';
import type { PersistenceService } from './persistence/persistence-service';

/** Native file dialogs, injected: main shows Electron's, tests choose a file themselves. */
export interface FileDialogs {
  chooseSaveFile(defaultName: string, filter: FileFilter): Promise<string | null>;
  chooseOpenFile(filter: FileFilter): Promise<string | null>;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface PersistenceHandlerDeps {
  /** The opened service; throws the open error when the data folder could not be opened. */
  getPersistence: () => PersistenceService;
  dialogs: FileDialogs;
  getLanguage: () => Language;
  today: () => string;
  onBackupCreated: (backup: BackupInfo) => void;
  /** A workspace file the OS asked the app to open, taken once. */
  takeOpenedFile: () => string | null;
  /**
   * Team sync's share of every journaled change (absent: no team server): called before the
   * disk write, so a change is on disk only once the team will get it too; if it fails, the
   * journal write fails and the renderer's outbox sends the change again.
   */
  teamChanges?: (ops: ChangeOp[]) => Promise<void>;
  /** Team sync's share of a workspace replaced whole (an import before the disk, a restore after). */
  teamReplaced?: (tables: Record<string, Row[]>) => Promise<void>;
}

type PersistenceChannels =
  | 'persistence:status'
  | 'persistence:append'
  | 'persistence:load'
  | 'persistence:replace-all'
  | 'backup:list'
  | 'backup:create'
  | 'backup:restore'
  | 'workspace:export'
  | 'workspace:open-file'
  | 'workspace:take-opened-file';

const WORKSPACE_FILTER = (language: Language): FileFilter => ({
  name: language === 'de' ? 'Sales-Team-Planner-Arbeitsbereich' : 'Sales Team Planner workspace',
  extensions: ['stplan'],
});

/** Disk, backups and workspace files; paths are only ever chosen here, through dialogs. */
export function createPersistenceHandlers(
  deps: PersistenceHandlerDeps,
): DomainHandlers<PersistenceChannels> {
  const disk = deps.getPersistence;
  const readForImport = async (file: string | null) => {
    if (!file) return { file: null };
    const { header, tables } = await disk().readWorkspaceFile(file);
    const { createdAt, appVersion } = header;
    return { file: { fileName: path.basename(file), createdAt, appVersion, tables } };
  };
  return {
    'persistence:status': () => disk().status(),
    'persistence:append': async ({ ops, cursor }) => {
      await deps.teamChanges?.(ops);
      return disk().append(ops, cursor);
    },
    'persistence:load': () => disk().load(),
    'persistence:replace-all': async ({ tables, cursor }) => {
      await deps.teamReplaced?.(tables);
      return disk().replaceAll(tables, cursor);
    },
    'backup:list': () => disk().listBackups(),
    'backup:create': async ({ reason }) => {
      const backup = await disk().backupNow(reason);
      deps.onBackupCreated(backup);
      return backup;
    },
    'backup:restore': async ({ backupId }) => {
      const restored = await disk().restore(backupId);
      await deps.teamReplaced?.(restored.tables);
      return restored;
    },
    'workspace:export': async () => {
      const language = deps.getLanguage();
      const name = `${language === 'de' ? 'Arbeitsbereich' : 'workspace'}_${deps.today()}.stplan`;
      const file = await deps.dialogs.chooseSaveFile(name, WORKSPACE_FILTER(language));
      if (!file) return { saved: false, fileName: null };
      await disk().exportWorkspace(file);
      return { saved: true, fileName: path.basename(file) };
    },
    'workspace:open-file': async () =>
      readForImport(await deps.dialogs.chooseOpenFile(WORKSPACE_FILTER(deps.getLanguage()))),
    'workspace:take-opened-file': () => readForImport(deps.takeOpenedFile()),
  };
}

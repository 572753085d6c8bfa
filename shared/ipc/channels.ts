/**
 * Channel names of the IPC contract, without schemas, so the sandboxed preload can import
 * them without bundling zod. `contract.ts` pairs each with its schemas and is checked
 * against this list at compile time.
 */
export const invokeChannels = {
  getAppInfo: 'app:get-info',
  setMenuLanguage: 'app:set-menu-language',
  /** Answer to `app:flush-before-quit`: everything pending is on disk (or could not be). */
  flushedBeforeQuit: 'app:flushed',
  getDiskStatus: 'persistence:status',
  appendChanges: 'persistence:append',
  loadFromDisk: 'persistence:load',
  replaceOnDisk: 'persistence:replace-all',
  listBackups: 'backup:list',
  createBackup: 'backup:create',
  restoreBackup: 'backup:restore',
  exportWorkspace: 'workspace:export',
  openWorkspaceFile: 'workspace:open-file',
  takeOpenedWorkspaceFile: 'workspace:take-opened-file',
  saveCsv: 'csv:save',
  showCsvInFolder: 'csv:show-in-folder',
  saveWorkbook: 'xlsx:save',
  savePicture: 'picture:save-png',
  printToPdf: 'picture:print-pdf',
  saveRequests: 'requests:save',
  getTeamStatus: 'team:status',
  signInToTeam: 'team:sign-in',
  signOutOfTeam: 'team:sign-out',
  syncWithTeam: 'team:sync-now',
  previewTeamWorkspace: 'team:join-preview',
  tookTeamWorkspace: 'team:taken',
  publishToTeam: 'team:publish',
  cancelTeamPublish: 'team:publish-cancel',
  appliedTeamChanges: 'team:applied',
  listTeamConflicts: 'team:conflicts',
  settleTeamConflict: 'team:settle',
  putBackTeamVersion: 'team:put-back',
} as const;

export const eventChannels = {
  onMenuCommand: 'menu:command',
  onBackupCreated: 'backup:created',
  onWorkspaceFileWaiting: 'workspace:file-waiting',
  /** The window is closing: write what is pending, then answer with `app:flushed`. */
  onFlushBeforeQuit: 'app:flush-before-quit',
  onTeamStatus: 'team:status-changed',
  /** The team's changes for the working database; answer with `team:applied`. */
  onTeamChanges: 'team:changes',
} as const;

export type InvokeMethod = keyof typeof invokeChannels;
export type InvokeChannel = (typeof invokeChannels)[InvokeMethod];
export type EventMethod = keyof typeof eventChannels;
export type EventChannel = (typeof eventChannels)[EventMethod];

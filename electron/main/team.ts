import type { BrowserWindow } from 'electron';
import { safeStorage } from 'electron';
import { nodeFileSystem } from '../services/persistence/file-system';
import { LevelPouch } from '../services/team-sync/level-pouch';
import { openTeamLink, type TeamLink } from '../services/team-sync/team-link';

/**
 * Team sync in the app: the session secret sealed by the OS keychain (`safeStorage`), the
 * replica on LevelDB in the data folder, events to the window.
 * Null when it cannot start (a damaged replica): the app works on, the screens say so.
 */
export async function startTeamSync(
  dataFolder: string,
  getWindow: () => BrowserWindow | null,
): Promise<TeamLink | null> {
  try {
    return await openTeamLink({
      folder: dataFolder,
      fs: nodeFileSystem,
      secrets: safeStorage,
      Pouch: LevelPouch,
      now: () => new Date(),
      send: (channel, payload) => {
        const window = getWindow();
        if (!window || window.isDestroyed()) throw new Error('There is no window to send to.');
        window.webContents.send(channel, payload);
      },
    });
  } catch (error) {
    console.warn(`Team sync could not start: ${(error as Error).message}`);
    return null;
  }
}

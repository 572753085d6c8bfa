import type { BrowserWindow } from 'electron';
import { safeStorage } from 'electron';
import type { EventChannel } from '@shared/ipc/channels';
import { checkedEvent } from '../services/ipc/events';
import { nodeFileSystem } from '../services/persistence/file-system';
import { LevelPouch } from '../services/team-sync/level-pouch';
import { TeamLink } from '../services/team-sync/team-link';

/**
 * Team sync in the app: the session secret sealed by the OS keychain (`safeStorage`), the
 * replica on LevelDB in the data folder, events to the window checked against the contract.
 * Null when it cannot start (a damaged replica): the app works on, the screens say so.
 */
export async function openTeamLink(
  dataFolder: string,
  getWindow: () => BrowserWindow | null,
): Promise<TeamLink | null> {
  const send = (channel: EventChannel, payload: unknown) => {
    const window = getWindow();
    if (!window || window.isDestroyed()) throw new Error('There is no window to send to.');
    window.webContents.send(channel, checkedEvent(channel, payload));
  };
  try {
    return await TeamLink.open({
      folder: dataFolder,
      fs: nodeFileSystem,
      secrets: safeStorage,
      Pouch: LevelPouch,
      now: () => new Date(),
      sendStatus: (snapshot) => {
        try {
          send('team:status-changed', snapshot);
        } catch {
          // No window yet: it asks for the status when it starts.
        }
      },
      sendChanges: (delivery) => send('team:changes', delivery),
    });
  } catch (error) {
    console.warn(`Team sync could not start: ${(error as Error).message}`);
    return null;
  }
}

import { expect } from 'vitest';
import { nodeFileSystem } from '../../electron/services/persistence/file-system';
import type { PouchConstructor } from '../../electron/services/team-sync/pouch';
import { TeamSync } from '../../electron/services/team-sync/team-sync';
import { fakeKeychain } from './fake-keychain';
import type { ChangeOp } from '@shared/persistence/tables';
import type { TeamSyncStatus } from '@shared/sync/sync-status';
import { LevelPouch } from './team-test-server';
import { tempDir } from './temp-dirs';

/** One laptop: its data folder, what its working database was handed, what the shell showed. */
export interface Laptop {
  sync: TeamSync;
  folder: string;
  delivered: ChangeOp[][];
  statuses: TeamSyncStatus[];
  refuseDelivery: boolean;
  /** Hears each status as the shell would (e.g. to press Cancel at a moment). */
  observe: (status: TeamSyncStatus) => void;
}

/** Laptops with their team sync on real LevelDB files; `closeAll` after each test. */
export function teamLaptops() {
  const running: TeamSync[] = [];
  return {
    async laptop(folder = tempDir('stp-laptop-')): Promise<Laptop> {
      const self: Laptop = {
        sync: null!,
        folder,
        delivered: [],
        statuses: [],
        refuseDelivery: false,
        observe: () => undefined,
      };
      self.sync = await TeamSync.start({
        folder,
        fs: nodeFileSystem,
        secrets: fakeKeychain,
        Pouch: LevelPouch as unknown as PouchConstructor,
        now: () => new Date('2026-12-03T14:02:00.000Z'),
        deliver: async (ops) => {
          if (self.refuseDelivery) throw new Error('read-only');
          self.delivered.push(ops);
        },
        onStatus: (status) => {
          self.statuses.push(status);
          self.observe(status);
        },
      });
      running.push(self.sync);
      return self;
    },
    closeAll: () => Promise.all(running.splice(0).map((s) => s.close())),
  };
}

/**
 * Signs in (login `name`, password `pw-<name>`, database `team`) and takes the team's
 * workspace as it stands — what the join preview offers; forgets what the join showed.
 */
export async function joinTeam(url: string, self: Laptop, name: string): Promise<void> {
  await self.sync.signIn(url, 'team', name, `pw-${name}`);
  expect((await self.sync.syncNow()).state.kind).toBe('joining');
  await self.sync.take((await self.sync.joinPreview()).through);
  self.delivered.length = 0;
  self.statuses.length = 0;
}

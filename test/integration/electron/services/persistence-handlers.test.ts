import { describe, expect, it } from 'vitest';
import { createPersistenceHandlers } from '../../../../electron/services/persistence-handlers';
import { PersistenceService } from '../../../../electron/services/persistence/persistence-service';
import type { ChangeOp } from '@shared/persistence/tables';
import { tempDir } from '../../../helpers/temp-dirs';

async function handlersWith(
  teamChanges?: (ops: ChangeOp[]) => Promise<void>,
  teamReplaced?: (tables: Record<string, unknown[]>) => Promise<void>,
) {
  const disk = await PersistenceService.open({
    dataDir: tempDir('stp-handlers-'),
    appVersion: '1.0.0',
    now: () => new Date('2026-12-03T10:00:00.000Z'),
  });
  const handlers = createPersistenceHandlers({
    getPersistence: () => disk,
    dialogs: { chooseSaveFile: async () => null, chooseOpenFile: async () => null },
    getLanguage: () => 'en',
    today: () => '2026-12-03',
    onBackupCreated: () => undefined,
    takeOpenedFile: () => null,
    ...(teamChanges ? { teamChanges } : {}),
    ...(teamReplaced ? { teamReplaced } : {}),
  });
  return { disk, append: handlers['persistence:append'], handlers };
}

const change: ChangeOp = { type: 'put', table: 'territories', rows: [{ id: 'T1', name: 'Nord' }] };

describe('journaling a change while signed in to a team server', () => {
  it('gives the change to team sync before it is written to disk', async () => {
    const order: string[] = [];
    const { disk, append } = await handlersWith(async (ops) => {
      order.push(`team ${ops.length}, disk at ${disk.load().revision}`);
    });
    await append({ ops: [change] });
    order.push(`disk at ${disk.load().revision}`);
    expect(order).toEqual(['team 1, disk at 0', 'disk at 1']);
    await disk.close();
  });

  it('writes nothing when team sync could not take it (the outbox sends it again)', async () => {
    const { disk, append } = await handlersWith(async () => {
      throw new Error('replica unavailable');
    });
    await expect(append({ ops: [change] })).rejects.toThrow('replica unavailable');
    expect(disk.load()).toMatchObject({ revision: 0, tables: { territories: [] } });
    await disk.close();
  });
});

describe('replacing the workspace while signed in to a team server', () => {
  it('gives an import to team sync before the disk, and a restored backup after', async () => {
    const seen: string[] = [];
    const { disk, handlers } = await handlersWith(undefined, async (tables) => {
      seen.push(`team ${JSON.stringify(tables.territories)}, disk at ${disk.load().revision}`);
    });
    await handlers['persistence:append']({ ops: [change] });
    const backup = await handlers['backup:create']({ reason: 'manual' });
    const tables = { ...disk.load().tables, territories: [{ id: 'T2', name: 'Süd' }] };
    await handlers['persistence:replace-all']({ tables });
    await handlers['backup:restore']({ backupId: backup.id });
    expect(seen).toEqual([
      'team [{"id":"T2","name":"Süd"}], disk at 1',
      'team [{"id":"T1","name":"Nord"}], disk at 3',
    ]);
    await disk.close();
  });
});

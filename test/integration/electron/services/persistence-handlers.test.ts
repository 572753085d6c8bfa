import { describe, expect, it } from 'vitest';
import { createPersistenceHandlers } from '../../../../electron/services/persistence-handlers';
import { PersistenceService } from '../../../../electron/services/persistence/persistence-service';
import type { ChangeOp } from '@shared/persistence/tables';
import { tempDir } from '../../../helpers/temp-dirs';

async function handlersWith(teamChanges?: (ops: ChangeOp[]) => Promise<void>) {
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
  });
  return { disk, append: handlers['persistence:append'] };
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

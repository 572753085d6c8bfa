import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import { reassignCommand } from '@renderer/features/accounts/reassign-command';
import { useAppStore } from '@renderer/store/app-store';
import { applyTeamChanges } from '@renderer/sync/apply-team-changes';
import type { ChangeOp } from '@shared/persistence/tables';
import { accountRow, person } from '../fresh-db';
import { as } from '../commands/acting';

const senior = person('sen', 'senior');
const other = person('oth', 'senior');
const outbox = async () => (await db.outbox.orderBy('seq').toArray()).map((e) => e.op);

beforeEach(async () => {
  db.close();
  await db.delete();
  await db.open();
  await db.members.bulkPut([senior, other]);
  await db.accounts.bulkPut([accountRow('1'), accountRow('2')]);
  await db.outbox.clear();
  useAppStore.setState({ past: [], future: [], historyActor: '' });
});

describe('changes from the team server in the working database', () => {
  it('are applied and journaled to disk as the team’s, never as this laptop’s own', async () => {
    const arrived: ChangeOp[] = [
      { type: 'put', table: 'accounts', rows: [{ ...accountRow('1'), name: 'Renamed by Maria' }] },
      { type: 'delete', table: 'accounts', keys: ['2'] },
    ];
    await applyTeamChanges(db, arrived);
    expect((await db.accounts.get('1'))!.name).toBe('Renamed by Maria');
    expect(await db.accounts.get('2')).toBeUndefined();
    expect(await outbox()).toEqual(arrived.map((op) => ({ ...op, origin: 'team' })));
    // A change made here afterwards is this laptop's again.
    await db.settings.put({ key: 'segmentWeights', value: { A: 1, B: 1, C: 1 } });
    expect((await outbox()).at(-1)).not.toHaveProperty('origin');
  });

  it('enter nobody’s undo history, and an older local step on the same row is not undone over them', async () => {
    await as('sen', reassignCommand(['1'], 'oth'));
    expect(useAppStore.getState().past).toHaveLength(1);
    const maria = { ...(await db.accounts.get('1'))!, ownerId: 'sen', name: 'Maria’s change' };
    await applyTeamChanges(db, [{ type: 'put', table: 'accounts', rows: [maria] }]);
    expect(useAppStore.getState().past).toHaveLength(1);
    expect(await useAppStore.getState().undo()).toMatchObject({
      kind: 'refused',
      reason: 'history.changedSince',
    });
    expect(await db.accounts.get('1')).toEqual(maria);
  });

  it('tell the screens what changed, like any committed change', async () => {
    const seen: Array<ChangeOp[] | null> = [];
    const stop = db.journal.subscribe((ops) => seen.push(ops));
    await applyTeamChanges(db, [{ type: 'delete', table: 'accounts', keys: ['1'] }]);
    stop();
    expect(seen).toEqual([[{ type: 'delete', table: 'accounts', keys: ['1'], origin: 'team' }]]);
  });

  it('are refused as a whole while the workspace is read-only, and nothing is half-applied', async () => {
    db.writeLock.readOnly = true;
    try {
      await expect(
        applyTeamChanges(db, [
          { type: 'put', table: 'accounts', rows: [{ ...accountRow('3') }] },
          { type: 'delete', table: 'accounts', keys: ['1'] },
        ]),
      ).rejects.toThrow();
    } finally {
      db.writeLock.readOnly = false;
    }
    expect((await db.accounts.toArray()).map((a) => a.id)).toEqual(['1', '2']);
    expect(await outbox()).toEqual([]);
  });
});

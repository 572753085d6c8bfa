import { describe, expect, it } from 'vitest';
import type { PlannerDatabase } from '../../../../renderer/db/db';
import { freshDatabases, member } from '../fresh-db';
import { batchOps } from '../../../../renderer/persistence/disk-sync';

const freshDb = freshDatabases('journal');

const ops = async (db: PlannerDatabase) =>
  (await db.outbox.orderBy('seq').toArray()).map((e) => e.op);

describe('journal middleware', () => {
  it('records every committed change in the outbox, in order', async () => {
    const db = freshDb();
    await db.members.bulkAdd([member('a'), member('b'), member('c')]);
    await db.members.update('a', { capacity: 7 });
    await db.members.delete('b');
    await db.members.where('id').between('c', 'z').delete();
    await db.settings.clear();
    const recorded = await ops(db);
    expect(recorded.map((op) => op.type)).toEqual(['put', 'put', 'delete', 'delete', 'clear']);
    expect(recorded[1]).toEqual({
      type: 'put',
      table: 'members',
      rows: [{ ...member('a'), capacity: 7 }],
    });
    expect(recorded[2]).toEqual({ type: 'delete', table: 'members', keys: ['b'] });
    expect(recorded[3]).toEqual({ type: 'delete', table: 'members', keys: ['c'] });
    expect(recorded[4]).toEqual({ type: 'clear', table: 'settings' });
  });

  it('records compound keys as arrays', async () => {
    const db = freshDb();
    await db.actuals.put({
      memberId: 'a',
      month: '2026-10',
      newBusinessCents: 1,
      existingBusinessCents: 2,
    });
    await db.actuals.delete(['a', '2026-10']);
    expect((await ops(db))[1]).toEqual({
      type: 'delete',
      table: 'actuals',
      keys: [['a', '2026-10']],
    });
  });

  it('records nothing for a transaction that aborts: change and journal commit together', async () => {
    const db = freshDb();
    await expect(
      db.transaction('rw', db.members, async () => {
        await db.members.add(member('a'));
        throw new Error('user cancelled');
      }),
    ).rejects.toThrow('user cancelled');
    expect(await db.members.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('leaves out rows a bulk write could not store', async () => {
    const db = freshDb();
    await db.members.add(member('a', 'Anna'));
    await db.members.bulkAdd([member('b', 'Björn'), member('c', 'Anna')]).catch(() => undefined);
    const last = (await ops(db)).at(-1);
    expect(last).toEqual({ type: 'put', table: 'members', rows: [member('b', 'Björn')] });
  });

  it('records nothing while paused (applying what came from disk)', async () => {
    const db = freshDb();
    db.journal.paused = true;
    await db.members.add(member('a'));
    db.journal.paused = false;
    expect(await db.outbox.count()).toBe(0);
  });

  it('calls back once a journaling transaction has committed', async () => {
    const db = freshDb();
    let commits = 0;
    db.journal.onCommitted = () => (commits += 1);
    await db.members.add(member('a'));
    await db.members.get('a');
    await db.sync.put({ key: 'revision', value: 1 });
    expect(commits).toBe(1);
  });
});

describe('batchOps', () => {
  it('splits large puts so no call carries more than 5,000 rows, keeping the order', () => {
    const rows = Array.from({ length: 12_001 }, (_, i) => ({ id: String(i) }));
    const batches = batchOps([
      { type: 'clear', table: 'accounts' },
      { type: 'put', table: 'accounts', rows },
      { type: 'delete', table: 'accounts', keys: ['1'] },
    ]);
    const sizes = batches.map((b) =>
      b.reduce((n, op) => n + (op.type === 'put' ? op.rows.length : 1), 0),
    );
    expect(Math.max(...sizes)).toBeLessThanOrEqual(5_001);
    const flat = batches.flat();
    expect(flat[0]).toEqual({ type: 'clear', table: 'accounts' });
    expect(
      flat.filter((op) => op.type === 'put').flatMap((op) => (op.type === 'put' ? op.rows : [])),
    ).toEqual(rows);
    expect(flat.at(-1)).toEqual({ type: 'delete', table: 'accounts', keys: ['1'] });
  });
});

describe('schema', () => {
  it('uses the primary keys the main process expects for every table', async () => {
    const { TABLE_KEYS, TABLE_NAMES } = await import('../../../../shared/persistence/tables');
    const db = freshDb();
    for (const name of TABLE_NAMES) {
      expect(db.table(name).schema.primKey.keyPath, name).toEqual(TABLE_KEYS[name]);
    }
  });
});

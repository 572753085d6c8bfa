import { describe, expect, it } from 'vitest';
import type { PlannerDatabase } from '@renderer/db/db';
import { freshDatabases, member } from '../fresh-db';
import { batchOutbox, unseenPart, type PendingOp } from '@renderer/persistence/outbox-batches';
import type { ChangeOp } from '@shared/persistence/tables';

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

describe('batchOutbox', () => {
  const rows = Array.from({ length: 12_001 }, (_, i) => ({ id: String(i) }));
  const pending: PendingOp[] = [
    { seq: 1, op: { type: 'clear', table: 'accounts' }, from: 0 },
    { seq: 2, op: { type: 'put', table: 'accounts', rows }, from: 0 },
    { seq: 3, op: { type: 'delete', table: 'accounts', keys: ['1'] }, from: 0 },
  ];

  it('splits large puts so no call carries more than 5,000 rows, keeping the order', () => {
    const batches = batchOutbox(pending);
    const sizes = batches.map((b) =>
      b.ops.reduce((n, op) => n + (op.type === 'put' ? op.rows.length : 1), 0),
    );
    expect(Math.max(...sizes)).toBeLessThanOrEqual(5_000);
    const flat = batches.flatMap((b) => b.ops);
    expect(flat[0]).toEqual({ type: 'clear', table: 'accounts' });
    expect(
      flat.filter((op) => op.type === 'put').flatMap((op) => (op.type === 'put' ? op.rows : [])),
    ).toEqual(rows);
    expect(flat.at(-1)).toEqual({ type: 'delete', table: 'accounts', keys: ['1'] });
  });

  it('says after each batch how far the outbox is on disk', () => {
    expect(batchOutbox(pending).map((b) => [b.cursor, b.seqs])).toEqual([
      [{ seq: 1, rows: 1 }, [1]],
      [{ seq: 2, rows: 5_000 }, [2]],
      [{ seq: 2, rows: 10_000 }, [2]],
      [{ seq: 3, rows: 1 }, [2, 3]],
    ]);
  });

  it('starts an entry where the disk left off', () => {
    const [first] = batchOutbox([{ ...pending[1]!, from: 10_000 }]);
    expect(first!.ops).toEqual([{ type: 'put', table: 'accounts', rows: rows.slice(10_000) }]);
    expect(first!.cursor).toEqual({ seq: 2, rows: 12_001 });
  });
});

describe('unseenPart', () => {
  const op: ChangeOp = { type: 'delete', table: 'accounts', keys: ['a', 'b', 'c'] };
  it.each([
    ['no cursor: all of it', null, 5, op],
    ['after the cursor: all of it', { seq: 4, rows: 9 }, 5, op],
    ['before the cursor: nothing', { seq: 6, rows: 0 }, 5, null],
    ['the cursor covers it whole: nothing', { seq: 5, rows: 3 }, 5, null],
    ['the cursor is inside it: the rest', { seq: 5, rows: 1 }, 5, { ...op, keys: ['b', 'c'] }],
  ])('%s', (_label, cursor, seq, expected) => {
    expect(unseenPart(seq, op, cursor)).toEqual(expected);
  });
});

describe('schema', () => {
  it('uses the primary keys the main process expects for every table', async () => {
    const { TABLE_KEYS, TABLE_NAMES } = await import('@shared/persistence/tables');
    const db = freshDb();
    for (const name of TABLE_NAMES) {
      expect(db.table(name).schema.primKey.keyPath, name).toEqual(TABLE_KEYS[name]);
    }
  });
});

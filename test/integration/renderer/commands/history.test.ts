import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@renderer/db/db';
import { runCommand } from '@renderer/commands/run-command';
import { reassignCommand } from '@renderer/features/accounts/reassign-command';
import { useAppStore } from '@renderer/store/app-store';
import { HISTORY_LIMIT } from '@renderer/store/slices/history';
import { accountRow, person } from '../fresh-db';
import { applied, as } from './acting';

const senior = person('sen', 'senior');
const other = person('oth', 'senior');
const junior = person('jun', 'junior', 'sen');

const account = accountRow;

const owners = async () => (await db.accounts.orderBy('id').toArray()).map((a) => a.ownerId);
const { undo, redo } = useAppStore.getState();

beforeEach(async () => {
  db.close();
  await db.delete();
  await db.open();
  await db.members.bulkPut([senior, other, junior]);
  await db.accounts.bulkPut([account('1'), account('2'), account('3', { segment: 'A' })]);
  useAppStore.setState({ past: [], future: [], historyActor: '' });
});

describe('undo from before-images', () => {
  it('undoes and redoes in order, each to the rows exactly, and a new change clears redo', async () => {
    const stored = await db.accounts.orderBy('id').toArray();
    await as('sen', reassignCommand(['1'], 'oth'));
    await as('sen', reassignCommand(['2'], 'oth'));
    expect(await undo()).toMatchObject({ kind: 'done' });
    expect(await owners()).toEqual(['oth', 'sen', 'sen']);
    expect(await undo()).toMatchObject({ kind: 'done' });
    expect(await db.accounts.orderBy('id').toArray()).toEqual(stored);
    expect(await redo()).toMatchObject({ kind: 'done' });
    expect(await owners()).toEqual(['oth', 'sen', 'sen']);
    await as('sen', reassignCommand(['3'], 'oth'));
    expect(useAppStore.getState().future).toEqual([]);
    expect(await redo()).toBeNull();
  });

  it('Ctrl+Z right after a change, while it is still being written, takes back that change', async () => {
    await as('sen', reassignCommand(['1'], 'oth'));
    await db.settings.put({ key: 'actingAs', value: 'sen' });
    const writing = runCommand(reassignCommand(['2'], 'oth'));
    expect(await undo()).toMatchObject({ kind: 'done', change: { labelParams: { count: 1 } } });
    await writing;
    expect(await owners()).toEqual(['oth', 'sen', 'sen']);
  });

  it('two quick undos take back two changes, even while the first is still writing', async () => {
    await as('sen', reassignCommand(['1'], 'oth'));
    await as('sen', reassignCommand(['2'], 'oth'));
    await Promise.all([undo(), undo()]);
    expect(await owners()).toEqual(['sen', 'sen', 'sen']);
    expect(useAppStore.getState().future).toHaveLength(2);
  });

  it(`keeps the last ${HISTORY_LIMIT} changes`, async () => {
    for (let i = 0; i < HISTORY_LIMIT + 5; i += 1)
      await as('sen', reassignCommand(['1'], i % 2 ? 'sen' : 'oth'));
    expect(useAppStore.getState().past).toHaveLength(HISTORY_LIMIT);
  });

  it('belongs to one person: nobody undoes someone else’s change', async () => {
    await as(null, reassignCommand(['1', '2'], 'oth'));
    // The Junior now at the keyboard (Settings switched): the lead's step is not theirs.
    await db.settings.put({ key: 'actingAs', value: 'jun' });
    expect(await undo()).toMatchObject({ kind: 'refused', reason: 'history.otherPerson' });
    expect(await owners()).toEqual(['oth', 'oth', 'sen']);
    // A change of the person clears what the previous person could undo.
    await as('sen', reassignCommand(['3'], 'oth'));
    expect(useAppStore.getState().past.map((c) => c.actorKey)).toEqual(['sen']);
  });

  it('never overwrites a later change by someone else', async () => {
    await as('sen', reassignCommand(['1'], 'oth'));
    const mine = useAppStore.getState().past;
    await as(null, reassignCommand(['1'], 'jun'));
    // Back at the Senior's keyboard with their own step still listed.
    useAppStore.setState({ past: mine, future: [], historyActor: 'sen' });
    await db.settings.put({ key: 'actingAs', value: 'sen' });
    expect(await undo()).toMatchObject({ kind: 'refused', reason: 'history.changedSince' });
    expect(await owners()).toEqual(['jun', 'sen', 'sen']);
  });

  it('an undo the person may no longer make goes through the rules: refused', async () => {
    await as('oth', reassignCommand(['3'], 'oth'));
    // The lead makes that Senior a Junior; taking a Large account back is now a decision
    // for their Senior, so Ctrl+Z does not do it.
    await db.members.put({ ...other, level: 'junior', supervisorId: 'sen' });
    await db.settings.put({ key: 'actingAs', value: 'oth' });
    expect(await undo()).toMatchObject({ kind: 'refused', reason: 'history.needsApproval' });
    expect((await db.accounts.get('3'))!.ownerId).toBe('oth');
  });

  it('keeps the step when the write itself fails, so it can be tried again', async () => {
    await as('sen', reassignCommand(['1'], 'oth'));
    vi.spyOn(db.accounts, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(undo()).rejects.toThrow('disk full');
    expect(useAppStore.getState().past).toHaveLength(1);
    expect(await owners()).toEqual(['oth', 'sen', 'sen']);
    expect(await undo()).toMatchObject({ kind: 'done' });
    vi.restoreAllMocks();
  });

  it('an undo that moves accounts is in the audit trail, with whose step it was', async () => {
    applied(await as('sen', reassignCommand(['1'], 'oth')));
    await undo();
    // Both may carry the same millisecond on a fast run: found by kind, then put in time order.
    const entries = await db.approvals.toArray();
    expect(entries.map((a) => a.kind).sort()).toEqual(['reassignment', 'undo']);
    const step = entries.find((a) => a.kind === 'reassignment')!;
    const undone = entries.find((a) => a.kind === 'undo')!;
    expect(undone.createdAt >= step.createdAt).toBe(true);
    expect(undone).toMatchObject({
      state: 'approved',
      requesterId: 'sen',
      change: { moves: { ids: ['1'], fromOwnerIds: ['oth'], ownerIds: ['sen'] } },
    });
  });
});

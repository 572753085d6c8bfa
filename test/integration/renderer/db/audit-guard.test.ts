import { describe, expect, it } from 'vitest';
import type { Approval } from '@shared/domain/approval';
import { AuditTrailError } from '@renderer/db/audit-guard';
import { storageErrorMessage } from '@renderer/db/storage-errors';
import { applyDiskState, dumpWorkspace } from '@renderer/persistence/disk-state';
import { freshDatabases } from '../fresh-db';

const open = freshDatabases('audit-guard');

const approval = (id: string, over: Partial<Approval> = {}): Approval =>
  ({
    id,
    kind: 'exception',
    state: 'pending',
    requesterId: 'jun',
    approverId: 'sen',
    createdAt: '2026-11-20T10:00:00.000Z',
    decidedAt: null,
    comment: '',
    change: { accountId: 'a1', value: 10 },
    ...over,
  }) as unknown as Approval;
const decide = (a: Approval): Approval => ({
  ...a,
  state: 'approved',
  decidedAt: '2026-11-21T10:00:00.000Z',
  comment: 'ok',
});

describe('audit trail at the data layer', () => {
  it('lets a pending request be decided once, and never rewritten after', async () => {
    const db = open();
    await db.approvals.add(approval('r1'));
    await db.approvals.put(decide(approval('r1')));
    const rewrite = db.approvals.put({ ...decide(approval('r1')), state: 'rejected' });
    await expect(rewrite).rejects.toSatisfy((e) => storageErrorMessage(e) === 'audit.locked');
    expect((await db.approvals.get('r1'))!.state).toBe('approved');
  });

  it('refuses to delete a decision, one by one or by a query; a pending one may go', async () => {
    const db = open();
    await db.approvals.bulkAdd([decide(approval('d1')), approval('p1')]);
    await expect(db.approvals.delete('d1')).rejects.toBeTruthy();
    await expect(db.approvals.where('state').equals('approved').delete()).rejects.toBeTruthy();
    await db.approvals.delete('p1');
    expect(await db.approvals.count()).toBe(1);
  });

  it('refuses the whole transaction, so nothing else in it is written either', async () => {
    const db = open();
    await db.approvals.add(decide(approval('d1')));
    const mixed = db.transaction('rw', db.approvals, db.settings, async () => {
      await db.settings.put({ key: 'x', value: 1 });
      await db.approvals.put({ ...decide(approval('d1')), comment: 'changed' });
    });
    await expect(mixed).rejects.toBeTruthy();
    expect(await db.settings.get('x')).toBeUndefined();
    expect((await db.approvals.get('d1'))!.comment).toBe('ok');
  });

  it('still lets a restore or workspace import replace the whole workspace', async () => {
    const db = open();
    await db.approvals.add(decide(approval('d1')));
    const tables = await dumpWorkspace(db);
    tables.approvals = [];
    await applyDiskState(db, { revision: 7, tables });
    expect(await db.approvals.count()).toBe(0);
  });

  it('names its error for the user', () => {
    expect(storageErrorMessage(new AuditTrailError())).toBe('audit.locked');
  });
});

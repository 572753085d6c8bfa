import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_AUTHORITY } from '@shared/domain/authority';
import { settingCommand } from '@renderer/commands/setting-command';
import { db } from '@renderer/db/db';
import { reassignCommand } from '@renderer/features/accounts/reassign-command';
import { decideCommand } from '@renderer/features/approvals/decide-command';
import { deactivateCommand } from '@renderer/features/team/team-repository';
import { accountRow, person } from '../fresh-db';
import { as } from './acting';
import { setTeamIdentity } from '@renderer/sync/team-identity';

const senior = person('sen', 'senior');
const junior = person('jun', 'junior', 'sen');
const account = (id: string) => accountRow(id, { segment: 'A' });

beforeEach(async () => {
  db.close();
  await db.delete();
  await db.open();
  await db.members.bulkPut([senior, junior, person('oth', 'senior')]);
  await db.accounts.bulkPut([account('1'), account('2')]);
});

describe('the command runner', () => {
  it('acts as the person signed in to the team server, whatever “acting as” says', async () => {
    setTeamIdentity({ memberId: 'jun' });
    try {
      // "Acting as" says the lead; the sign-in says the Junior: the Junior's rules apply.
      expect(await as(null, reassignCommand(['1'], 'jun'))).toMatchObject({ kind: 'proposed' });
      expect(await as(null, settingCommand('authority', DEFAULT_AUTHORITY))).toMatchObject({
        kind: 'refused',
      });
    } finally {
      setTeamIdentity(null);
    }
    // Signed out: "acting as" counts again.
    expect(await as(null, reassignCommand(['2'], 'jun'))).toMatchObject({ kind: 'applied' });
  });

  it('does not make the same request twice: the waiting one is shown instead', async () => {
    const first = await as('jun', reassignCommand(['1'], 'jun'));
    const second = await as('jun', reassignCommand(['1'], 'jun'));
    expect(first).toMatchObject({ kind: 'proposed', duplicate: false });
    expect(second).toMatchObject({ kind: 'proposed', duplicate: true });
    expect(second.kind === 'proposed' && second.approval.id).toBe(
      first.kind === 'proposed' && first.approval.id,
    );
    expect(await db.approvals.count()).toBe(1);
    // A different move is a different request.
    await as('jun', reassignCommand(['2'], 'jun'));
    expect(await db.approvals.count()).toBe(2);
  });

  it('checks an approved request again against today’s data: a stale one is refused, not applied', async () => {
    const proposed = await as('jun', reassignCommand(['1'], 'jun'));
    const id = proposed.kind === 'proposed' ? proposed.approval.id : '';
    // Meanwhile the account went to someone else.
    await as('sen', reassignCommand(['1'], 'oth'));
    expect(await as('sen', decideCommand(id, { state: 'approved', comment: '' }))).toEqual({
      kind: 'refused',
      reason: 'approvals.stale',
    });
    expect((await db.accounts.get('1'))!.ownerId).toBe('oth');
    expect((await db.approvals.get(id))!.state).toBe('pending');
    // Rejecting it is always possible.
    expect(
      (await as('sen', decideCommand(id, { state: 'rejected', comment: 'zu spät' }))).kind,
    ).toBe('applied');
  });

  it('only the named approver (or the lead) decides a request', async () => {
    const proposed = await as('jun', reassignCommand(['1'], 'jun'));
    const id = proposed.kind === 'proposed' ? proposed.approval.id : '';
    expect(await as('oth', decideCommand(id, { state: 'approved', comment: '' }))).toEqual({
      kind: 'refused',
      reason: 'approvals.notYours',
    });
    expect(await as('jun', decideCommand(id, { state: 'approved', comment: '' }))).toMatchObject({
      kind: 'refused',
    });
    expect((await db.accounts.get('1'))!.ownerId).toBe('sen');
  });

  it('refuses everything for someone who is no longer an active member, and writes nothing', async () => {
    await as(null, deactivateCommand('oth', null));
    expect(await as('oth', reassignCommand(['1'], 'oth'))).toEqual({
      kind: 'refused',
      reason: 'policy.refused.unknownActor',
    });
    expect((await db.accounts.get('1'))!.ownerId).toBe('sen');
    // Choosing who one is still works.
    expect((await as('oth', settingCommand('actingAs', 'sen'))).kind).toBe('applied');
  });

  it('records a change of decision authority, and only the lead makes it', async () => {
    const rules = { ...DEFAULT_AUTHORITY, senior: { ...DEFAULT_AUTHORITY.senior, discount: 25 } };
    expect(await as('sen', settingCommand('authority', rules))).toEqual({
      kind: 'refused',
      reason: 'policy.refused.ownLimits',
    });
    expect((await as(null, settingCommand('authority', rules))).kind).toBe('applied');
    const [entry] = await db.approvals.toArray();
    expect(entry).toMatchObject({
      kind: 'authority',
      state: 'approved',
      requesterId: '',
      change: { before: DEFAULT_AUTHORITY, after: rules },
    });
  });

  it('records who changed a member’s level, supervisor or state', async () => {
    await as('sen', deactivateCommand('oth', null));
    const [entry] = await db.approvals.toArray();
    expect(entry).toMatchObject({
      kind: 'member',
      requesterId: 'sen',
      change: {
        members: [{ memberId: 'oth', before: { active: true }, after: { active: false } }],
      },
    });
  });
});

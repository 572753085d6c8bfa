import { describe, expect, it } from 'vitest';
import { planHandOver } from '@shared/domain/hand-over';
import { nameKeyOf, type TeamMember } from '@shared/domain/team-member';
import type { Territory } from '@shared/domain/territory';
import { accountRow } from '../../renderer/fresh-db';

const member = (id: string, level: 'junior' | 'senior', active = true): TeamMember => ({
  id,
  name: id,
  nameKey: nameKeyOf(id),
  email: '',
  level,
  supervisorId: level === 'junior' ? 'heir' : null,
  capacity: 400,
  hireDate: '2020-01-01',
  homeRegion: 'Süd',
  active,
});
const team = [member('gone', 'senior'), member('heir', 'senior'), member('jun', 'junior')];
const territory = (id: string, over: Partial<Territory>): Territory => ({
  id,
  name: id,
  kind: 'territory',
  parentId: null,
  ownerId: null,
  mentorId: null,
  rules: [],
  ...over,
});

describe('hand-over when a member leaves', () => {
  const holdings = {
    territories: [
      territory('t1', { ownerId: 'gone' }),
      territory('t2', { ownerId: 'jun', mentorId: 'gone' }),
    ],
    accounts: [
      accountRow('a', { ownerId: 'gone', pinnedOwnerId: 'gone' }),
      accountRow('b', { ownerId: 'gone' }),
    ],
  };

  it('moves owned territories, mentoring, accounts and pins to the heir', () => {
    const plan = planHandOver('gone', 'heir', team, holdings);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.territories.map((t) => [t.ownerId, t.mentorId])).toEqual([
      ['heir', null],
      ['jun', 'heir'],
    ]);
    expect(plan.accounts.map((a) => [a.ownerId, a.pinnedOwnerId])).toEqual([
      ['heir', 'heir'],
      ['heir', null],
    ]);
  });

  it('refuses without an heir, to the leaving or an inactive member, and Large accounts to a Junior', () => {
    expect(planHandOver('gone', null, team, holdings)).toEqual({
      ok: false,
      error: 'team.error.handOverFirst',
    });
    expect(planHandOver('gone', 'gone', team, holdings)).toMatchObject({
      error: 'team.error.heirNotActive',
    });
    expect(
      planHandOver('gone', 'old', [...team, member('old', 'senior', false)], holdings),
    ).toMatchObject({ error: 'team.error.heirNotActive' });
    // Small accounts may go to a Junior (who then mentors nothing); a Large one may not.
    const small = planHandOver('gone', 'jun', team, holdings);
    expect(small.ok && small.territories[1]!.mentorId).toBeNull();
    const large = { ...holdings, accounts: [accountRow('c', { ownerId: 'gone', segment: 'A' })] };
    expect(planHandOver('gone', 'jun', team, large)).toMatchObject({
      error: 'team.error.heirNotSenior',
    });
  });

  it('needs nobody when the member owns nothing', () => {
    expect(planHandOver('gone', null, team, { territories: [], accounts: [] })).toEqual({
      ok: true,
      territories: [],
      accounts: [],
    });
  });
});

import { describe, expect, it } from 'vitest';
import {
  memberFlags,
  nameKeyOf,
  planDeactivation,
  validateTeamMember,
  type TeamMember,
  type TeamMemberDraft,
} from '@shared/domain/team-member';

function member(overrides: Partial<TeamMember> & Pick<TeamMember, 'id' | 'name'>): TeamMember {
  return {
    nameKey: nameKeyOf(overrides.name),
    email: '',
    level: 'senior',
    supervisorId: null,
    capacity: 400,
    hireDate: '2020-01-01',
    homeRegion: 'Süd',
    active: true,
    ...overrides,
  };
}

const senior = member({ id: 's1', name: 'Sabine Müller' });
const retired = member({ id: 's2', name: 'Jörg Weber', active: false });
const junior = member({ id: 'j1', name: 'Lena Koch', level: 'junior', supervisorId: 's1' });
const team = [senior, retired, junior];

const draft = (overrides: Partial<TeamMemberDraft> = {}): TeamMemberDraft => ({
  name: 'Özlem Yılmaz',
  email: 'oezlem@vertrieb.example',
  level: 'junior',
  supervisorId: 's1',
  capacity: 420,
  hireDate: '2026-03-01',
  homeRegion: 'Nord',
  ...overrides,
});

describe('validateTeamMember', () => {
  it('accepts a Junior with an active Senior and normalises the name key', () => {
    const result = validateTeamMember(draft({ name: '  Özlem Yılmaz ' }), team);
    expect(result).toEqual({
      ok: true,
      member: expect.objectContaining({
        name: 'Özlem Yılmaz',
        nameKey: 'özlem yılmaz',
        supervisorId: 's1',
      }),
    });
  });

  it.each([
    [
      'a Junior without a supervisor',
      draft({ supervisorId: null }),
      'supervisorId',
      'team.error.supervisorRequired',
    ],
    [
      'an inactive Senior as supervisor',
      draft({ supervisorId: 's2' }),
      'supervisorId',
      'team.error.supervisorNotActiveSenior',
    ],
    [
      'a Junior as supervisor',
      draft({ supervisorId: 'j1' }),
      'supervisorId',
      'team.error.supervisorNotActiveSenior',
    ],
    [
      'an unknown supervisor',
      draft({ supervisorId: 'nobody' }),
      'supervisorId',
      'team.error.supervisorNotActiveSenior',
    ],
    ['a malformed email', draft({ email: 'oezlem@' }), 'email', 'team.error.emailInvalid'],
    ['an email with spaces', draft({ email: 'a b@c.de' }), 'email', 'team.error.emailInvalid'],
    [
      'a duplicate name (other case)',
      draft({ name: 'SABINE müller' }),
      'name',
      'team.error.nameDuplicate',
    ],
    [
      'a duplicate of an inactive member',
      draft({ name: 'Jörg Weber' }),
      'name',
      'team.error.nameDuplicate',
    ],
    ['an empty name', draft({ name: '   ' }), 'name', 'team.error.nameRequired'],
    ['a capacity of zero', draft({ capacity: 0 }), 'capacity', 'team.error.capacityInvalid'],
    ['a fractional capacity', draft({ capacity: 12.5 }), 'capacity', 'team.error.capacityInvalid'],
    [
      'a capacity that is not a number',
      draft({ capacity: Number.NaN }),
      'capacity',
      'team.error.capacityInvalid',
    ],
    [
      'an impossible date',
      draft({ hireDate: '2026-02-30' }),
      'hireDate',
      'team.error.hireDateInvalid',
    ],
    [
      'a date in another format',
      draft({ hireDate: '01.03.2026' }),
      'hireDate',
      'team.error.hireDateInvalid',
    ],
    [
      'an unknown level',
      { ...draft(), level: 'manager' as never },
      'level',
      'team.error.levelRequired',
    ],
  ])('refuses %s with a field message', (_label, input, field, message) => {
    const result = validateTeamMember(input, team);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[field as keyof typeof result.errors]).toBe(message);
  });

  it('accepts an empty email (optional) and clears the supervisor of a Senior', () => {
    const result = validateTeamMember(
      draft({ level: 'senior', email: '', supervisorId: 's1' }),
      team,
    );
    expect(result.ok && result.member).toMatchObject({
      level: 'senior',
      supervisorId: null,
      email: '',
    });
  });

  it('lets a member keep their own name when edited', () => {
    const result = validateTeamMember(draft({ name: 'Lena Koch' }), team, 'j1');
    expect(result.ok).toBe(true);
  });

  it('does not let a member supervise themselves', () => {
    const result = validateTeamMember(
      draft({ name: 'Sabine Müller', supervisorId: 's1' }),
      team,
      's1',
    );
    expect(!result.ok && result.errors.supervisorId).toBe('team.error.supervisorNotActiveSenior');
  });

  it('keeps a Senior who still supervises Juniors from becoming a Junior', () => {
    const other = member({ id: 's3', name: 'Kai Braun' });
    const result = validateTeamMember(
      draft({ name: 'Sabine Müller', level: 'junior', supervisorId: 's3' }),
      [...team, other],
      's1',
    );
    expect(!result.ok && result.errors.level).toBe('team.error.seniorStillSupervises');
  });

  it('reports every invalid field at once', () => {
    const result = validateTeamMember(draft({ name: '', email: 'x', supervisorId: null }), team);
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual([
      'email',
      'name',
      'supervisorId',
    ]);
  });

  it('treats garbage input as invalid instead of throwing', () => {
    for (const input of [null, undefined, 42, 'x', [], { name: 5 }]) {
      expect(validateTeamMember(input, team).ok).toBe(false);
    }
  });
});

describe('planDeactivation', () => {
  it('deactivates a member without Juniors directly', () => {
    expect(planDeactivation('j1', team)).toEqual({
      ok: true,
      updates: [{ id: 'j1', changes: { active: false } }],
    });
  });

  it('refuses to strand a Senior’s Juniors', () => {
    const plan = planDeactivation('s1', team);
    expect(plan).toMatchObject({ ok: false, error: 'team.error.reassignJuniorsFirst' });
    expect(!plan.ok && plan.juniors.map((j) => j.id)).toEqual(['j1']);
  });

  it('moves the Juniors to the successor in the same step', () => {
    const successor = member({ id: 's3', name: 'Kai Braun' });
    const plan = planDeactivation('s1', [...team, successor], 's3');
    expect(plan).toEqual({
      ok: true,
      updates: [
        { id: 's1', changes: { active: false } },
        { id: 'j1', changes: { supervisorId: 's3' } },
      ],
    });
  });

  it.each([['s2'], ['j1'], ['s1'], ['missing']])('refuses %s as successor', (successorId) => {
    expect(planDeactivation('s1', team, successorId)).toMatchObject({
      ok: false,
      error: 'team.error.supervisorNotActiveSenior',
    });
  });
});

describe('memberFlags', () => {
  it('flags an active Junior whose supervisor is inactive or missing', () => {
    const byId = new Map(team.map((m) => [m.id, m]));
    expect(memberFlags({ ...junior, supervisorId: 's2' }, byId)).toEqual(['juniorWithoutSenior']);
    expect(memberFlags({ ...junior, supervisorId: null }, byId)).toEqual(['juniorWithoutSenior']);
    expect(memberFlags(junior, byId)).toEqual([]);
    expect(memberFlags(senior, byId)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  accountEditVerdict,
  actualsVerdict,
  authorityRulesVerdict,
  decisionVerdict,
  memberVerdict,
  ownershipVerdict,
  teamDataVerdict,
  type Actor,
  type OwnershipMove,
  type Verdict,
} from '@shared/commands/policy';

const lead: Actor = null;
const senior = { id: 'sen', level: 'senior' as const, supervisorId: null };
const junior = { id: 'jun', level: 'junior' as const, supervisorId: 'sen' };
const orphan = { id: 'orp', level: 'junior' as const, supervisorId: null };
const ALLOWED: Verdict = { kind: 'allowed' };
const toSenior: Verdict = { kind: 'approval', approverId: 'sen' };
const refused = (reason: string) => ({ kind: 'refused', reason });

const move = (over: Partial<OwnershipMove> = {}): OwnershipMove => ({
  accountId: 'a',
  fromOwnerId: 'sen',
  toOwnerId: 'jun',
  large: false,
  ...over,
});

describe('ownership: reassignments, territory edits, scenarios, undo', () => {
  it.each([
    ['the lead', lead, [move({ large: true })], ALLOWED],
    ['a Senior', senior, [move({ large: true })], ALLOWED],
    ['a Junior', junior, [move()], toSenior],
    ['a Junior, a Large account to themselves', junior, [move({ large: true })], toSenior],
    ['a Junior, nothing really moves', junior, [move({ toOwnerId: 'sen' })], ALLOWED],
    ['a Junior, no moves at all', junior, [], ALLOWED],
    ['a Junior without a Senior', orphan, [move()], refused('policy.refused.noSenior')],
  ] as const)('%s', (_, actor, moves, expected) => {
    expect(ownershipVerdict(actor, moves)).toEqual(expected);
  });
});

describe('team records', () => {
  const rec = (
    id: string,
    over: Partial<{
      level: 'junior' | 'senior';
      supervisorId: string | null;
      active: boolean;
    }> = {},
  ) => ({
    id,
    level: 'junior' as const,
    supervisorId: 'sen',
    active: true,
    ...over,
  });
  it.each([
    [
      'a Junior promotes themselves',
      junior,
      rec('jun'),
      rec('jun', { level: 'senior', supervisorId: null }),
      refused('policy.refused.ownAuthority'),
    ],
    [
      'a Junior changes their supervisor',
      junior,
      rec('jun'),
      rec('jun', { supervisorId: 'oth' }),
      refused('policy.refused.ownAuthority'),
    ],
    ['a Junior edits their contact details', junior, rec('jun'), rec('jun'), ALLOWED],
    [
      'a Junior edits someone else',
      junior,
      rec('x'),
      rec('x'),
      refused('policy.refused.juniorTeam'),
    ],
    ['a Junior adds a member', junior, null, rec('x'), refused('policy.refused.juniorTeam')],
    [
      'a Senior deactivates themselves',
      senior,
      rec('sen', { level: 'senior', supervisorId: null }),
      rec('sen', { level: 'senior', supervisorId: null, active: false }),
      refused('policy.refused.ownAuthority'),
    ],
    [
      'a Senior promotes a Junior',
      senior,
      rec('jun'),
      rec('jun', { level: 'senior', supervisorId: null }),
      ALLOWED,
    ],
    ['the lead changes anyone', lead, rec('sen'), rec('sen', { level: 'senior' }), ALLOWED],
  ] as const)('%s', (_, actor, before, after, expected) => {
    expect(memberVerdict(actor, before, after)).toEqual(expected);
  });
});

describe('the rest of the table', () => {
  it.each([
    ['authority rules, lead', authorityRulesVerdict(lead), ALLOWED],
    [
      'authority rules, Senior (their own limits)',
      authorityRulesVerdict(senior),
      refused('policy.refused.ownLimits'),
    ],
    ['authority rules, Junior', authorityRulesVerdict(junior), refused('policy.refused.ownLimits')],
    ['own actuals, Junior', actualsVerdict(junior, { id: 'jun', supervisorId: 'sen' }), ALLOWED],
    [
      'another Junior’s actuals, Junior',
      actualsVerdict(junior, { id: 'j2', supervisorId: 'sen' }),
      refused('policy.refused.othersActuals'),
    ],
    [
      'their Junior’s actuals, Senior',
      actualsVerdict(senior, { id: 'jun', supervisorId: 'sen' }),
      ALLOWED,
    ],
    [
      'another Senior’s Junior, Senior',
      actualsVerdict(senior, { id: 'j3', supervisorId: 'oth' }),
      refused('policy.refused.othersActuals'),
    ],
    ['anyone’s actuals, lead', actualsVerdict(lead, { id: 'j3', supervisorId: 'oth' }), ALLOWED],
    ['unknown member', actualsVerdict(lead, undefined), refused('policy.refused.unknownMember')],
    ['team data, Junior', teamDataVerdict(junior), refused('policy.refused.juniorData')],
    ['team data, Senior', teamDataVerdict(senior), ALLOWED],
    ['re-classification, Junior', decisionVerdict(junior), toSenior],
    [
      're-classification, Junior without Senior',
      decisionVerdict(orphan),
      refused('policy.refused.noSenior'),
    ],
    [
      'own account’s details, Junior',
      accountEditVerdict(junior, { ownerId: 'jun' }, 'jun'),
      ALLOWED,
    ],
    [
      'someone else’s account, Junior',
      accountEditVerdict(junior, { ownerId: 'sen' }, 'sen'),
      refused('policy.refused.notYourAccount'),
    ],
    [
      'own account to someone else, Junior',
      accountEditVerdict(junior, { ownerId: 'jun' }, 'sen'),
      refused('policy.refused.ownerByRequest'),
    ],
    [
      'a new account landing with a Senior, Junior',
      accountEditVerdict(junior, null, 'sen'),
      refused('policy.refused.ownerByRequest'),
    ],
    ['any account, Senior', accountEditVerdict(senior, { ownerId: 'x' }, 'y'), ALLOWED],
  ] as const)('%s', (_, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});

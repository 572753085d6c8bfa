import { describe, expect, it } from 'vitest';
import { teamDocProblem, validateTeamWrite } from '@shared/sync/validate-team-write';
import {
  caseAuthor,
  caseDocId,
  RULE_CASES,
  RULE_FACTS,
  rolesOfPerson,
  type RuleCase,
} from '../../../helpers/team-rule-cases';

const user = (c: RuleCase) => ({ name: c.who, roles: rolesOfPerson(c.who) });

function docs(c: RuleCase) {
  const _id = caseDocId(c);
  const at = '2026-12-03T08:00:00.000Z';
  const oldDoc = c.before && { _id, _rev: '1-a', table: c.table, row: c.before, by: null, at };
  const newDoc = c.after
    ? { _id, table: c.table, row: c.after, by: caseAuthor(c), at }
    : { _id, _rev: '1-a', _deleted: true };
  return { newDoc, oldDoc } as Parameters<typeof teamDocProblem>[0] extends infer D
    ? { newDoc: D; oldDoc: D | null }
    : never;
}

describe('the team server’s rules (the policy table, one document at a time)', () => {
  it.each(RULE_CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const { newDoc, oldDoc } = docs(c);
    expect(teamDocProblem(newDoc, oldDoc, user(c), RULE_FACTS)).toBe(c.expect);
  });

  it('throws CouchDB’s forbidden error with the message key', () => {
    const refused = RULE_CASES.find((c) => c.expect === 'policy.refused.othersActuals')!;
    const { newDoc, oldDoc } = docs(refused);
    expect(() => validateTeamWrite(newDoc, oldDoc, user(refused), RULE_FACTS)).toThrow(
      expect.objectContaining({ forbidden: 'policy.refused.othersActuals' }),
    );
  });

  it('lets only server admins write design documents', () => {
    const rules = { _id: '_design/team-rules', validate_doc_update: 'function () {}' };
    const lead = { name: 'lead', roles: rolesOfPerson('lead') };
    expect(teamDocProblem(rules, null, lead, RULE_FACTS)).toBe('sync.refused.notTeamData');
    expect(teamDocProblem(rules, null, { name: 'a', roles: ['_admin'] }, RULE_FACTS)).toBeNull();
  });

  it('takes the tombstone of a document the server never held', () => {
    const tombstone = { _id: 'accounts:A7', _rev: '2-b', _deleted: true };
    const junior = { name: 'J1', roles: rolesOfPerson('J1') };
    expect(teamDocProblem(tombstone, null, junior, RULE_FACTS)).toBeNull();
  });

  it('reads roster entries only as the roster’s own (no inherited names)', () => {
    const sneaky = { name: 'x', roles: ['stp:team', 'stp:member:constructor'] };
    const doc = {
      _id: 'actuals:constructor:2026-04',
      table: 'actuals' as const,
      row: { memberId: 'constructor', month: '2026-04' },
      by: 'constructor',
    };
    expect(teamDocProblem(doc, null, sneaky, RULE_FACTS)).toBe('sync.refused.notOnTeam');
  });
});

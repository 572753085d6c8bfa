import { describe, expect, it } from 'vitest';
import { authorityProblem, DEFAULT_AUTHORITY, evaluateAuthority } from '@shared/domain/authority';

const senior = { id: 'sen', level: 'senior' as const, supervisorId: null };
const junior = { id: 'jun', level: 'junior' as const, supervisorId: 'sen' };
const orphan = { id: 'orph', level: 'junior' as const, supervisorId: null };
const small = { segment: 'C' as const, strategic: false };
const large = { segment: 'A' as const, strategic: false };
const strategic = { segment: 'C' as const, strategic: true };
const rules = DEFAULT_AUTHORITY;

describe('decision authority', () => {
  it('a Junior decides alone exactly up to the limit, not a point beyond', () => {
    expect(evaluateAuthority(rules, junior, small, 'discount', 5)).toEqual({ kind: 'within' });
    expect(evaluateAuthority(rules, junior, small, 'discount', 6)).toEqual({
      kind: 'needs-approval',
      approverId: 'sen',
      reason: 'limit',
    });
    expect(evaluateAuthority(rules, junior, small, 'paymentTerms', 30).kind).toBe('within');
    expect(evaluateAuthority(rules, junior, small, 'paymentTerms', 31).kind).toBe('needs-approval');
    expect(evaluateAuthority(rules, junior, small, 'contractLength', 12).kind).toBe('within');
    expect(evaluateAuthority(rules, junior, small, 'contractLength', 13).kind).toBe(
      'needs-approval',
    );
  });

  it('a Junior on a Large or Strategic account always asks their Senior, even for 1 %', () => {
    for (const account of [large, strategic]) {
      expect(evaluateAuthority(rules, junior, account, 'discount', 1)).toEqual({
        kind: 'needs-approval',
        approverId: 'sen',
        reason: 'large-account',
      });
    }
  });

  it('beyond a Senior’s limit the team lead decides, for Juniors and Seniors alike', () => {
    expect(evaluateAuthority(rules, senior, large, 'discount', 15)).toEqual({ kind: 'within' });
    expect(evaluateAuthority(rules, senior, large, 'discount', 16)).toEqual({
      kind: 'needs-approval',
      approverId: null,
      reason: 'above-senior',
    });
    expect(evaluateAuthority(rules, junior, small, 'discount', 16)).toEqual({
      kind: 'needs-approval',
      approverId: null,
      reason: 'above-senior',
    });
    const named = { ...rules, teamLeadId: 'lead' };
    expect(evaluateAuthority(named, senior, small, 'paymentTerms', 61)).toMatchObject({
      approverId: 'lead',
    });
  });

  it('the team lead — acting as nobody or named — decides everything alone', () => {
    expect(evaluateAuthority(rules, null, strategic, 'discount', 60).kind).toBe('within');
    const named = { ...rules, teamLeadId: 'sen' };
    expect(evaluateAuthority(named, senior, strategic, 'discount', 60).kind).toBe('within');
  });

  it('a Junior without a Senior cannot request what needs one', () => {
    expect(evaluateAuthority(rules, orphan, small, 'discount', 3).kind).toBe('within');
    expect(evaluateAuthority(rules, orphan, small, 'discount', 10)).toEqual({ kind: 'blocked' });
  });

  it('follows edited rules: a Senior without authority on large accounts goes to the lead', () => {
    const edited = { ...rules, senior: { ...rules.senior, largeAccounts: false } };
    expect(evaluateAuthority(edited, senior, large, 'discount', 1)).toEqual({
      kind: 'needs-approval',
      approverId: null,
      reason: 'large-account',
    });
  });

  it('refuses rules with limits that are not whole numbers in range', () => {
    expect(authorityProblem(rules)).toBeNull();
    expect(authorityProblem({ ...rules, junior: { ...rules.junior, discount: 101 } })).toBe(
      'discount',
    );
    expect(authorityProblem({ ...rules, senior: { ...rules.senior, paymentTerms: 1.5 } })).toBe(
      'paymentTerms',
    );
    expect(authorityProblem({ ...rules, senior: { ...rules.senior, contractLength: -1 } })).toBe(
      'contractLength',
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { PlanTarget, SalesPlan } from '@shared/domain/plan';
import { applyEdits, reallocate } from '@shared/planning/plan-model';
import { EVEN_PROFILE } from '@shared/planning/seasonality';

const plan: SalesPlan = {
  id: 'p',
  fiscalYear: 2027,
  version: 1,
  state: 'draft',
  teamTargetCents: 300_000_00,
  startMonth: 1,
  method: 'even',
  mix: { even: 100, potential: 0, priorYear: 0 },
  ramp: [],
  redistributeRamp: false,
  seasonality: EVEN_PROFILE,
  newBusinessDefaults: { junior: 60, senior: 30 },
  createdAt: '2026-11-27T00:00:00Z',
  history: [],
};
const person = (id: string, level: 'junior' | 'senior', active = true) => ({
  id,
  name: id,
  level,
  hireDate: '2015-01-01',
  active,
});
const members = [person('a', 'senior'), person('b', 'junior'), person('c', 'junior', false)];
const sum = (v: readonly number[]) => v.reduce((x, y) => x + y, 0);

describe('plan model', () => {
  it('gives every active member a row with their level’s new-business default', () => {
    const { targets, allocation } = reallocate(plan, [], members, new Map());
    expect(targets.map((t) => [t.memberId, t.newBusinessPct])).toEqual([
      ['a', 30],
      ['b', 60],
    ]);
    expect(allocation.gapCents).toBe(0);
  });

  it('a member deactivated after the plan was made gets no share when it is re-allocated', () => {
    const all = members.map((m) => ({ ...m, active: true }));
    const { targets } = reallocate(plan, [], all, new Map());
    expect(sum(targets.find((t) => t.memberId === 'c')!.monthlyCents)).toBe(100_000_00);
    const after = reallocate(plan, targets, members, new Map());
    const share = (id: string) => sum(after.targets.find((t) => t.memberId === id)!.monthlyCents);
    expect(share('c')).toBe(0);
    expect(share('a') + share('b')).toBe(300_000_00);
    expect(after.allocation.gapCents).toBe(0);
  });

  it('a typed month makes the target the member’s own; re-allocation keeps it, the gap stays 0', () => {
    const { targets } = reallocate(plan, [], members, new Map());
    const edited = applyEdits(plan, targets, [
      { kind: 'month', memberId: 'b', month: 0, cents: 50_000_00 },
    ]);
    const b = edited.find((t) => t.memberId === 'b')!;
    expect(b.manual).toBe(true);
    const after = reallocate(plan, edited, members, new Map());
    const bAfter = after.targets.find((t) => t.memberId === 'b')!;
    expect(bAfter.monthlyCents[0]).toBe(50_000_00);
    expect(after.allocation.gapCents).toBe(0);
    expect(sum(after.targets.find((t) => t.memberId === 'a')!.monthlyCents)).toBe(
      300_000_00 - sum(bAfter.monthlyCents),
    );
  });

  it('a typed year is split by the member’s seasonality; reset hands them back to allocation', () => {
    const { targets } = reallocate(plan, [], members, new Map());
    const own = [0, 0, 0, 0, 0, 5_000, 5_000, 0, 0, 0, 0, 0];
    const withProfile = targets.map((t): PlanTarget =>
      t.memberId === 'a' ? { ...t, seasonality: own } : t,
    );
    const edited = applyEdits(plan, withProfile, [
      { kind: 'year', memberId: 'a', cents: 1_000_01 },
    ]);
    expect(edited[0]!.monthlyCents).toEqual([0, 0, 0, 0, 0, 500_01, 500_00, 0, 0, 0, 0, 0]);
    const reset = applyEdits(plan, edited, [{ kind: 'reset', memberId: 'a' }]);
    expect(reset[0]!.manual).toBe(false);
    expect(sum(reallocate(plan, reset, members, new Map()).targets[0]!.monthlyCents)).toBe(
      150_000_00,
    );
  });

  it('submitted and approved parts are not re-allocated', () => {
    const { targets } = reallocate(plan, [], members, new Map());
    const frozen = targets.map((t): PlanTarget =>
      t.memberId === 'b' ? { ...t, signoff: 'approved' } : t,
    );
    const bigger = reallocate({ ...plan, teamTargetCents: 500_000_00 }, frozen, members, new Map());
    expect(bigger.targets[1]!.monthlyCents).toEqual(frozen[1]!.monthlyCents);
    expect(bigger.allocation.gapCents).toBe(0);
  });
});

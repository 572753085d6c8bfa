import { describe, expect, it } from 'vitest';
import { demoPlan } from '@shared/demo/demo-plan';
import { generateWorkspace } from '@shared/demo/generate-workspace';
import { allocatePlan } from '@shared/planning/allocate';
import { settingsOf } from '@shared/planning/plan-model';

describe('the demo plan', () => {
  const data = generateWorkspace({ asOf: '2026-11-26', accounts: 300 });
  const { plan, targets } = demoPlan(data, '2026-11-26');

  it('is this fiscal year’s approved plan, every part signed off', () => {
    expect(plan).toMatchObject({ fiscalYear: 2026, state: 'approved', method: 'manual' });
    expect(targets.map((t) => t.memberId).sort()).toEqual(
      data.members
        .filter((m) => m.active)
        .map((m) => m.id)
        .sort(),
    );
    expect(targets.every((t) => t.signoff === 'approved' && t.manual)).toBe(true);
  });

  it('asks each member for last year’s month plus 6 %, in whole 100 EUR, and adds up to the team target', () => {
    const member = targets[0]!;
    const lastMarch = data.actuals.find(
      (a) => a.memberId === member.memberId && a.month === '2025-03',
    )!;
    const march = lastMarch.newBusinessCents + lastMarch.existingBusinessCents;
    expect(member.monthlyCents[2]).toBe(Math.round((march * 1.06) / 10_000) * 10_000);
    expect(member.monthlyCents.every((c) => c % 10_000 === 0)).toBe(true);
    const sum = targets.reduce((s, t) => s + t.monthlyCents.reduce((a, b) => a + b, 0), 0);
    expect(plan.teamTargetCents).toBe(sum);
  });

  it('is a plan the planning core accepts as it is: fully allocated, no gap', () => {
    const allocation = allocatePlan(
      targets.map((t) => ({
        memberId: t.memberId,
        potentialCents: 0,
        priorYearCents: 0,
        hireDate: '2000-01-01',
        manualMonthly: t.monthlyCents,
        currentMonthly: t.monthlyCents,
        profile: plan.seasonality,
        newBusinessPct: t.newBusinessPct,
      })),
      settingsOf(plan),
    );
    expect(allocation.gapCents).toBe(0);
  });

  it('follows a fiscal year that starts in April', () => {
    const april = demoPlan(data, '2026-11-26', 4);
    expect(april.plan.fiscalYear).toBe(2026);
    expect(april.plan.startMonth).toBe(4);
  });
});

import { describe, expect, it } from 'vitest';
import { forecastYear, teamMonths } from '@shared/performance/forecast';
import { compareLevels } from '@shared/performance/levels';
import { customerCare } from '@shared/performance/customer-care';
import { standings } from '@shared/performance/standings';
import { varianceOf } from '@shared/performance/variance';

const year = (target: number[], achieved: number[]) => ({
  memberId: 'm',
  targetCents: target,
  newCents: achieved.map(() => 0),
  existingCents: achieved,
});

describe('forecast', () => {
  it('carries the last three months run-rate over the open months', () => {
    const achieved = [100, 100, 100, 100, 100, 100, 100, 90, 120, 150, 0, 0];
    const f = forecastYear(year(Array(12).fill(100), achieved), 10);
    expect(f.achievedCents).toBe(1_060);
    expect(f.runRateCents).toBe(120);
    expect(f.runRateProjectionCents).toBe(1_060 + 2 * 120);
    // Remaining plan (200) at the pace so far (1,060 of 1,000).
    expect(f.planProjectionCents).toBe(1_060 + 212);
    expect(f.gapCents).toBe(1_272 - 1_200);
  });

  it('forecasts by the plan’s seasonality: on plan through September with a big Q4 is on target', () => {
    const plan = [...Array(9).fill(50), 350, 350, 350];
    const achieved = [...Array(9).fill(50), 0, 0, 0];
    const f = forecastYear(year(plan, achieved), 9);
    // The run-rate alone would say 900 short; the plan's own months say on target.
    expect(f.runRateProjectionCents).toBe(450 + 3 * 50);
    expect(f.planProjectionCents).toBe(1_500);
    expect(f.gapCents).toBe(0);
    expect(f.months.map((m) => m.projectedCents).slice(8)).toEqual([450, 800, 1_150, 1_500]);
  });

  it('says behind when the year so far is behind, even if the last months ran hot', () => {
    // Behind all year, three strong months at the end of a front-loaded plan.
    const plan = [200, 200, 200, 200, 200, 200, 50, 50, 50, 50, 50, 50];
    const achieved = [100, 100, 100, 100, 100, 100, 160, 160, 160, 0, 0, 0];
    const f = forecastYear(year(plan, achieved), 9);
    expect(f.runRateProjectionCents).toBeGreaterThan(f.annualTargetCents);
    expect(f.gapCents).toBeLessThan(0);
  });

  it('draws cumulative plan, achieved up to the last closed month, projection from there', () => {
    const f = forecastYear(year(Array(12).fill(100), Array(12).fill(50)), 2);
    expect(f.months[0]).toEqual({ planCents: 100, achievedCents: 50, projectedCents: null });
    expect(f.months[1]).toEqual({ planCents: 200, achievedCents: 100, projectedCents: 100 });
    expect(f.months[2]).toEqual({ planCents: 300, achievedCents: null, projectedCents: 150 });
    expect(f.months[11]!.projectedCents).toBe(600);
  });

  it('projects nothing but the plan-paced remainder before any month has closed', () => {
    const f = forecastYear(year(Array(12).fill(100), Array(12).fill(0)), 0);
    expect(f.runRateCents).toBe(0);
    expect(f.runRateProjectionCents).toBe(0);
    expect(f.planProjectionCents).toBe(1_200);
  });

  it('adds members month by month into the team', () => {
    const team = teamMonths([
      year(Array(12).fill(1), Array(12).fill(2)),
      year(Array(12).fill(3), Array(12).fill(4)),
    ]);
    expect(team.targetCents).toEqual(Array(12).fill(4));
    expect(team.existingCents).toEqual(Array(12).fill(6));
  });
});

describe('Junior vs Senior', () => {
  it('compares attainment, contribution per member and per account, and the new-business mix', () => {
    const f = (t: number, n: number, e: number) => ({
      targetCents: t,
      achievedCents: n + e,
      newCents: n,
      existingCents: e,
    });
    const [junior, senior] = compareLevels([
      { memberId: 'a', level: 'junior', figures: f(1_000, 300, 500), accounts: 4 },
      { memberId: 'b', level: 'junior', figures: f(1_000, 100, 300), accounts: 6 },
      { memberId: 'c', level: 'senior', figures: f(2_000, 0, 2_400), accounts: 3 },
    ]);
    expect(junior).toMatchObject({
      members: 2,
      perMemberCents: 600,
      perAccountCents: 120,
    });
    expect(junior!.variance.attainmentPct).toBe(60);
    expect(junior!.newSharePct).toBeCloseTo(33.333, 3);
    expect(senior).toMatchObject({ members: 1, perAccountCents: 800, newSharePct: 0 });
    expect(senior!.variance.attainmentPct).toBe(120);
  });
});

describe('customer care', () => {
  it('counts statuses and averages only rated accounts', () => {
    const care = customerCare([
      { ownerId: 'a', status: 'regular', satisfaction: 5 },
      { ownerId: 'a', status: 'regular', satisfaction: 3 },
      { ownerId: 'a', status: 'prospect', satisfaction: null },
      { ownerId: null, status: 'regular', satisfaction: 1 },
      { ownerId: 'b', status: 'new', satisfaction: null },
    ]);
    expect(care.get('a')).toMatchObject({ accounts: 3, satisfaction: 4, rated: 2 });
    expect(care.get('a')!.byStatus.regular).toBe(2);
    expect(care.get('b')!.satisfaction).toBeNull();
    expect(care.size).toBe(2);
  });
});

describe('standings', () => {
  const r = (key: string, target: number, achieved: number) => ({
    key,
    depth: 0,
    figures: { targetCents: target, achievedCents: achieved, newCents: 0, existingCents: achieved },
    variance: varianceOf({
      targetCents: target,
      achievedCents: achieved,
      newCents: 0,
      existingCents: 0,
    }),
  });

  it('lists the furthest behind first and the furthest ahead first, skipping members without a target', () => {
    const s = standings(
      [r('a', 100, 50), r('b', 100, 90), r('c', 100, 130), r('d', 0, 500), r('e', 100, 110)],
      2,
    );
    expect(s.behind.map((x) => x.key)).toEqual(['a', 'b']);
    expect(s.ahead.map((x) => x.key)).toEqual(['c', 'e']);
  });
});

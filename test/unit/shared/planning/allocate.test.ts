import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALLOCATION_METHODS,
  allocatePlan,
  type AllocationSettings,
  type MemberPlanInput,
  newBusinessByMonth,
  overAllocation,
  storedFigures,
} from '@shared/planning/allocate';
import { fiscalMonths } from '@shared/planning/fiscal-year';
import { EVEN_PROFILE, splitByProfile } from '@shared/planning/seasonality';

const months = fiscalMonths(2027, 1);
const settings = (over: Partial<AllocationSettings> = {}): AllocationSettings => ({
  teamTargetCents: 1_200_000_00,
  method: 'potential',
  mix: { even: 20, potential: 50, priorYear: 30 },
  ramp: [25, 50, 75],
  redistributeRamp: false,
  months,
  ...over,
});
const member = (id: string, over: Partial<MemberPlanInput> = {}): MemberPlanInput => ({
  memberId: id,
  potentialCents: 100_00,
  priorYearCents: 100_00,
  hireDate: '2015-01-01',
  manualMonthly: null,
  currentMonthly: Array(12).fill(0),
  profile: EVEN_PROFILE,
  newBusinessPct: 30,
  ...over,
});
const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);

describe('allocatePlan', () => {
  it('splits by share of potential, and the gap is zero', () => {
    const plan = allocatePlan(
      [member('a', { potentialCents: 300 }), member('b', { potentialCents: 100 })],
      settings({ teamTargetCents: 400_000_00 }),
    );
    expect(plan.members.map((m) => m.annualCents)).toEqual([300_000_00, 100_000_00]);
    expect(plan.gapCents).toBe(0);
  });

  it('keeps a member’s own targets when re-allocating the rest (preserve adjustments)', () => {
    const own = [...Array(11).fill(10_000_00), 20_000_00];
    const plan = allocatePlan(
      [member('a'), member('b', { manualMonthly: own }), member('c')],
      settings({ teamTargetCents: 530_000_00, method: 'even' }),
    );
    expect(plan.members[1]!.monthlyCents).toEqual(own);
    expect(plan.members[1]!.manual).toBe(true);
    expect(plan.members[0]!.annualCents).toBe(200_000_00);
    expect(plan.members[2]!.annualCents).toBe(200_000_00);
    expect(plan.gapCents).toBe(0);
  });

  it('shows a negative gap when own targets exceed the team target, and gives the others nothing', () => {
    const plan = allocatePlan(
      [member('a', { manualMonthly: Array(12).fill(100_00) }), member('b')],
      settings({ teamTargetCents: 1_000_00, method: 'even' }),
    );
    expect(plan.members[1]!.annualCents).toBe(0);
    expect(plan.gapCents).toBe(1_000_00 - 1_200_00);
  });

  it('reduces a new hire by the ramp and leaves it as a gap unless asked to redistribute', () => {
    const team = [member('old'), member('new', { hireDate: '2027-01-10' })];
    const kept = allocatePlan(team, settings({ teamTargetCents: 240_000_00, method: 'even' }));
    const newcomer = kept.members[1]!;
    const seasonal = splitByProfile(120_000_00, EVEN_PROFILE);
    const ramped = [25, 50, 75, 100].map((f, i) => Math.floor((seasonal[i]! * f) / 100));
    expect(newcomer.monthlyCents.slice(0, 4)).toEqual(ramped);
    const lost = sum(seasonal.slice(0, 3)) - sum(ramped.slice(0, 3));
    expect(newcomer.rampReductionCents).toBe(lost);
    expect(kept.gapCents).toBe(lost);

    const shared = allocatePlan(
      team,
      settings({ teamTargetCents: 240_000_00, method: 'even', redistributeRamp: true }),
    );
    expect(shared.members[0]!.annualCents).toBe(120_000_00 + lost);
    expect(shared.members[0]!.redistributedCents).toBe(lost);
    expect(shared.gapCents).toBe(0);
  });

  it('the manual method changes nobody’s targets', () => {
    const current = Array(12).fill(5_00);
    const plan = allocatePlan(
      [member('a', { currentMonthly: current }), member('b')],
      settings({ method: 'manual' }),
    );
    expect(plan.members[0]!.monthlyCents).toEqual(current);
    expect(plan.members[1]!.annualCents).toBe(0);
    expect(plan.gapCents).toBe(1_200_000_00 - 60_00);
  });

  it('splits every target into new and existing business that add up, month by month', () => {
    const plan = allocatePlan(
      [member('a', { newBusinessPct: 60 })],
      settings({ teamTargetCents: 100_001 }),
    );
    const a = plan.members[0]!;
    expect(a.newBusinessCents).toBe(60_001);
    expect(a.newBusinessCents + a.existingBusinessCents).toBe(a.annualCents);
    expect(sum(newBusinessByMonth(a))).toBe(a.newBusinessCents);
    newBusinessByMonth(a).forEach((n, i) => expect(n).toBeLessThanOrEqual(a.monthlyCents[i]!));
  });

  it('property: member targets sum exactly to the team target (no own targets, no ramp loss)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.constantFrom(...ALLOCATION_METHODS.filter((m) => m !== 'manual')),
        fc.array(
          fc.record({
            potentialCents: fc.integer({ min: 0, max: 1e11 }),
            priorYearCents: fc.integer({ min: 0, max: 1e11 }),
            newBusinessPct: fc.integer({ min: 0, max: 100 }),
            profile: fc
              .array(fc.integer({ min: 0, max: 100 }), { minLength: 12, maxLength: 12 })
              .map((w) => (sum(w) ? w : EVEN_PROFILE)),
            hireDate: fc.constantFrom('2010-05-01', '2027-04-01', '2026-12-01'),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        fc.boolean(),
        (team, method, people, redistribute) => {
          const inputs = people.map((p, i) => member(`m${i}`, p));
          const plan = allocatePlan(
            inputs,
            settings({ teamTargetCents: team, method, redistributeRamp: redistribute }),
          );
          const fullYear = people.some((p) => p.hireDate === '2010-05-01');
          const expected = redistribute && fullYear ? 0 : plan.rampReductionCents;
          expect(plan.gapCents).toBe(expected);
          expect(plan.sumCents).toBe(sum(plan.members.map((m) => sum(m.monthlyCents))));
          for (const m of plan.members) {
            expect(m.newBusinessCents + m.existingBusinessCents).toBe(m.annualCents);
            expect(sum(newBusinessByMonth(m))).toBe(m.newBusinessCents);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: own targets are never touched and the rest fills the gap exactly', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.option(fc.array(fc.integer({ min: 0, max: 1e8 }), { minLength: 12, maxLength: 12 })),
          {
            minLength: 2,
            maxLength: 20,
          },
        ),
        fc.integer({ min: 0, max: 1e11 }),
        (own, team) => {
          fc.pre(own.some((o) => o === null));
          const plan = allocatePlan(
            own.map((o, i) => member(`m${i}`, { manualMonthly: o })),
            settings({ teamTargetCents: team, method: 'even' }),
          );
          own.forEach((o, i) => o && expect(plan.members[i]!.monthlyCents).toEqual(o));
          const ownSum = sum(own.map((o) => (o ? sum(o) : 0)));
          expect(plan.gapCents).toBe(Math.min(0, team - ownSum));
        },
      ),
    );
  });
});

describe('storedFigures', () => {
  it('shows stored targets as they are, with the split and the gap to the team target', () => {
    const figures = storedFigures(
      [
        {
          memberId: 'a',
          monthlyCents: [100_01, ...Array(11).fill(0)],
          newBusinessPct: 50,
          manual: true,
        },
        { memberId: 'b', monthlyCents: Array(12).fill(10_00), newBusinessPct: 0, manual: false },
      ],
      300_00,
    );
    expect(
      figures.members.map((m) => [m.annualCents, m.newBusinessCents, m.existingBusinessCents]),
    ).toEqual([
      [100_01, 50_01, 50_00],
      [120_00, 0, 120_00],
    ]);
    expect(figures.gapCents).toBe(300_00 - 220_01);
  });
});

describe('over-allocation', () => {
  it('says by how much own targets exceed the team target and who is left at zero', () => {
    const own = Array(12).fill(125_000_00); // 1.5 M a year, above the 1.2 M team target
    const allocation = allocatePlan(
      [member('a', { manualMonthly: own }), member('b'), member('c')],
      settings(),
    );
    expect(overAllocation(allocation, 1_200_000_00)).toEqual({
      overCents: 300_000_00,
      ownCents: 1_500_000_00,
      leftAtZero: ['b', 'c'],
    });
  });

  it('is nothing while the own targets fit, even with the others at zero by a zero target', () => {
    const own = Array(12).fill(100_000_00); // exactly the team target
    const allocation = allocatePlan([member('a', { manualMonthly: own }), member('b')], settings());
    expect(allocation.members[1]!.annualCents).toBe(0);
    expect(overAllocation(allocation, 1_200_000_00)).toBeNull();
    expect(overAllocation(storedFigures([], 0), 0)).toBeNull();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EVEN_PROFILE,
  periodTotals,
  profileFromMonthly,
  profileProblem,
  splitByProfile,
  withMemberSeasonality,
} from '@shared/planning/seasonality';
import { profileFromActuals } from '@shared/planning/actuals-profile';

describe('seasonality profiles', () => {
  it('the even profile is twelve shares of 8.33/8.34 % summing to exactly 100 %', () => {
    expect(EVEN_PROFILE.reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(new Set(EVEN_PROFILE)).toEqual(new Set([833, 834]));
    expect(profileProblem(EVEN_PROFILE)).toBeNull();
  });

  it('refuses a profile that is not exactly 100 %, saying what it adds up to', () => {
    const short = [...EVEN_PROFILE];
    short[0]! -= 50;
    expect(profileProblem(short)).toEqual({ key: 'plans.season.error.sum', sumBasisPoints: 9_950 });
    expect(profileProblem([...EVEN_PROFILE, 0])).toEqual({ key: 'plans.season.error.count' });
    const negative = [...EVEN_PROFILE];
    negative[1] = -1;
    expect(profileProblem(negative)).toEqual({ key: 'plans.season.error.negative' });
  });

  it('a profile from prior-year months has their proportions and sums to 100 %', () => {
    const monthly = [0, 100, 100, 200, 0, 0, 0, 0, 0, 0, 0, 600];
    expect(profileFromMonthly(monthly)).toEqual([0, 1000, 1000, 2000, 0, 0, 0, 0, 0, 0, 0, 6000]);
    expect(profileFromMonthly(Array(12).fill(0))).toEqual(EVEN_PROFILE);
  });

  it('monthly targets always sum to the annual target; quarters and halves to the year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e13 }),
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 12, maxLength: 12 }),
        (annual, weights) => {
          const monthly = splitByProfile(annual, profileFromMonthly(weights));
          expect(monthly.reduce((a, b) => a + b, 0)).toBe(annual);
          expect(periodTotals(monthly, 3).reduce((a, b) => a + b, 0)).toBe(annual);
          expect(periodTotals(monthly, 6)).toHaveLength(2);
        },
      ),
    );
  });
});

describe('profileFromActuals', () => {
  const actual = (memberId: string, month: string, cents: number) => ({
    memberId,
    month,
    newBusinessCents: cents,
    existingBusinessCents: 0,
  });

  it('uses the last twelve months with actuals, in fiscal order, summing to 100 %', () => {
    const actuals = [
      actual('a', '2025-10', 999_999), // older than the last twelve months: ignored
      actual('a', '2025-11', 100),
      actual('a', '2026-01', 300),
      actual('b', '2026-10', 600),
    ];
    const calendar = profileFromActuals(actuals, 1)!;
    expect(calendar.reduce((x, y) => x + y, 0)).toBe(10_000);
    expect(calendar[0]).toBe(3_000); // January
    expect(calendar[9]).toBe(6_000); // October
    expect(calendar[10]).toBe(1_000); // November 2025
    const fromApril = profileFromActuals(actuals, 4)!;
    expect(fromApril[6]).toBe(6_000); // October is the 7th month of an April year
    expect(profileFromActuals(actuals, 1, 'b')![9]).toBe(10_000);
    expect(profileFromActuals([], 1)).toBeNull();
  });
});

describe('a member’s own profile', () => {
  const profile = [2000, 2000, 1000, 500, 500, 500, 500, 500, 500, 500, 500, 1000];
  it('spreads a year set by hand again by it, keeping the year to the cent', () => {
    const own = { monthlyCents: [100_000_01, ...Array(11).fill(0)], manual: true };
    const next = withMemberSeasonality(own, profile, null);
    expect(next.seasonality).toEqual(profile);
    expect(next.monthlyCents.slice(0, 3)).toEqual([20_000_01, 20_000_00, 10_000_00]);
    expect(next.monthlyCents.reduce((a, b) => a + b, 0)).toBe(100_000_01);
    // Back to the plan's profile: spread by that one.
    const back = withMemberSeasonality(next, null, EVEN_PROFILE);
    expect(back.seasonality).toBeNull();
    expect(back.monthlyCents).toEqual(splitByProfile(100_000_01, EVEN_PROFILE));
  });

  it('leaves an allocated member’s months to the allocation', () => {
    const allocated = { monthlyCents: [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], manual: false };
    expect(withMemberSeasonality(allocated, profile, null)).toEqual({
      ...allocated,
      seasonality: profile,
    });
  });
});

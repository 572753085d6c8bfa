import fc from 'fast-check';
import loadHighs, { type Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { autoBalance } from '@shared/balancer/auto-balance';
import { checkAssignment } from '@shared/balancer/check-assignment';
import { balanceExactly } from '@shared/balancer/exact/solve-exact';
import { movesLowerBound } from '@shared/balancer/moves-lower-bound';
import { memberBands } from '@shared/balancer/member-bands';
import {
  NEEDS_SENIOR,
  PINNED,
  totalsByMember,
  type BalanceProblem,
} from '@shared/balancer/problem';
import { buildUnits } from '@shared/balancer/units';
import { potentialTeam } from '../../../../helpers/potential-team';

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

interface Tiny {
  levels: Array<'junior' | 'senior'>;
  capacities: number[];
  accounts: Array<{ owner: number; value: number; work: number; flags: number }>;
  tolerance: number;
}

const toProblem = (spec: Tiny): BalanceProblem => ({
  members: spec.levels.map((level, i) => ({ id: `m${i}`, level, capacity: spec.capacities[i]! })),
  owner: Int32Array.from(spec.accounts, (a) => a.owner),
  value: Float64Array.from(spec.accounts, (a) => a.value),
  work: Float64Array.from(spec.accounts, (a) => a.work),
  flags: Uint8Array.from(spec.accounts, (a) => a.flags),
  group: null,
  tolerance: spec.tolerance,
});

const tiny = fc.integer({ min: 2, max: 3 }).chain((members) =>
  fc.record({
    levels: fc.array(fc.constantFrom('junior' as const, 'senior' as const), {
      minLength: members,
      maxLength: members,
    }),
    capacities: fc.array(fc.constantFrom(0, 0, 4, 7), { minLength: members, maxLength: members }),
    accounts: fc.array(
      fc.record({
        owner: fc.integer({ min: 0, max: members - 1 }),
        value: fc.integer({ min: 1, max: 60 }),
        work: fc.integer({ min: 1, max: 3 }),
        flags: fc.constantFrom(0, 0, 0, PINNED, NEEDS_SENIOR),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    tolerance: fc.constantFrom(0.02, 0.1, 0.3),
  }),
);

/**
 * Every assignment the rules allow, tried one by one: the least slack past the members' bands
 * (0 when every band can be reached), and the fewest moved accounts at that slack.
 */
function bruteForce(problem: BalanceProblem): {
  slack: number;
  moves: number;
  movesWithin: (band: number) => number;
} {
  const n = problem.owner.length;
  const members = problem.members.length;
  const before = totalsByMember(problem, problem.value);
  const mean = before.reduce((sum, v) => sum + v, 0) / members;
  const bands = memberBands(problem, buildUnits(problem), mean, problem.tolerance);
  const assignments: Array<{ slack: number; deviation: number; moves: number }> = [];
  const owner = Int32Array.from(problem.owner);
  const visit = (a: number) => {
    if (a === n) {
      const newOwner = Int32Array.from(owner, (m, i) => (m === problem.owner[i] ? -1 : m));
      const check = checkAssignment(problem, newOwner);
      if (check.violations.length > 0) return;
      let slack = 0;
      check.after.forEach((v, m) => {
        slack = Math.max(slack, (v - bands.high[m]!) / mean, (bands.low[m]! - v) / mean);
      });
      assignments.push({
        slack,
        deviation: check.spread.maxDeviation,
        moves: check.movedAccounts,
      });
      return;
    }
    for (let m = 0; m < members; m += 1) {
      if (m !== problem.owner[a] && problem.flags[a]! & PINNED) continue;
      owner[a] = m;
      visit(a + 1);
    }
    owner[a] = problem.owner[a]!;
  };
  visit(0);
  const slack = Math.min(...assignments.map((x) => x.slack));
  const fewest = (fits: (x: (typeof assignments)[number]) => boolean) =>
    Math.min(...assignments.filter(fits).map((x) => x.moves));
  return {
    slack,
    moves: fewest((x) => x.slack <= slack + 1e-9),
    movesWithin: (band) => fewest((x) => x.deviation <= band + 1e-9),
  };
}

describe('exact balancing', () => {
  it('finds what trying every assignment finds: the fewest moves at the least slack past the bands (property)', () => {
    fc.assert(
      fc.property(tiny, (spec) => {
        const problem = toProblem(spec);
        const potential = Float64Array.from(problem.value);
        const exact = balanceExactly(highs, problem, potential, { cost: 'units', timeLimit: 10 });
        const brute = bruteForce(problem);
        expect(exact.status).toBe('optimal');
        expect(exact.movedAccounts).toBe(brute.moves);
        expect(exact.slack).toBeCloseTo(brute.slack, 6);
        // Checked apart from the solver: the rules, and every member inside its (widened) band.
        const mean = exact.after.reduce((sum, v) => sum + v, 0) / exact.after.length;
        const reached = {
          low: exact.bands.low.map((v) => v - exact.slack * mean - 1e-6),
          high: exact.bands.high.map((v) => v + exact.slack * mean + 1e-6),
        };
        expect(checkAssignment(problem, exact.newOwner, reached).violations).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('starts from the fast proposal and never returns more moves, even with no time to search', () => {
    // The demo team's potential: too large to solve in a tenth of a second from nothing.
    const { problem, potential } = potentialTeam(2000, 12);
    const fast = autoBalance(problem, potential);
    const exact = balanceExactly(highs, problem, potential, {
      cost: 'units',
      timeLimit: 0.1,
      start: fast.newOwner,
    });
    expect(exact.slack).toBe(0);
    expect(exact.movedAccounts).toBeGreaterThan(0);
    expect(exact.movedAccounts).toBeLessThanOrEqual(fast.movedAccounts);
    expect(checkAssignment(problem, exact.newOwner, exact.bands).violations).toEqual([]);
  });

  it('moves nobody when everyone is already inside the band', () => {
    const problem = toProblem({
      levels: ['junior', 'senior'],
      capacities: [0, 0],
      accounts: [
        { owner: 0, value: 50, work: 1, flags: 0 },
        { owner: 1, value: 52, work: 1, flags: 0 },
      ],
      tolerance: 0.05,
    });
    const exact = balanceExactly(highs, problem, problem.value, { cost: 'units', timeLimit: 5 });
    expect(exact).toMatchObject({ status: 'optimal', movedAccounts: 0, slack: 0 });
  });

  it('gives a Large account only to a Senior, and says how close the rules allow', () => {
    // The Junior's only way to be even is the Large account: the rules forbid it.
    const problem = toProblem({
      levels: ['junior', 'senior'],
      capacities: [0, 0],
      accounts: [
        { owner: 1, value: 80, work: 1, flags: NEEDS_SENIOR },
        { owner: 1, value: 20, work: 1, flags: 0 },
      ],
      tolerance: 0.05,
    });
    const exact = balanceExactly(highs, problem, problem.value, { cost: 'units', timeLimit: 5 });
    expect(exact.newOwner[0]).toBe(-1);
    expect(exact.newOwner[1]).toBe(0);
    // Mean 50: the Senior keeps 80 (+60 %), the Junior gets 20 (−60 %) — the bands the rules
    // force (the Seniors' Senior-only average and what is left for the Juniors, ±5 %).
    expect(exact.deviation).toBeCloseTo(0.6, 5);
    expect(exact.slack).toBe(0);
    expect(exact.bands.high[1]).toBeCloseTo(82.5, 6);
    expect(exact.bands.low[0]).toBeCloseTo(17.5, 6);
  });

  it('widens a member’s band only where no assignment reaches the tolerance (property)', () => {
    fc.assert(
      fc.property(tiny, (spec) => {
        const problem = toProblem(spec);
        const brute = bruteForce(problem);
        fc.pre(Number.isFinite(brute.movesWithin(problem.tolerance)));
        // Someone reaches ±tolerance for all: nothing forces a wider band on anyone.
        const before = totalsByMember(problem, problem.value);
        const mean = before.reduce((sum, v) => sum + v, 0) / before.length;
        const bands = memberBands(problem, buildUnits(problem), mean, problem.tolerance);
        bands.low.forEach((v) => expect(v).toBeCloseTo(mean * (1 - problem.tolerance), 9));
        bands.high.forEach((v) => expect(v).toBeCloseTo(mean * (1 + problem.tolerance), 9));
      }),
      { numRuns: 200 },
    );
  });

  it('never promises fewer moves than the optimum needs: the quick lower bound (property)', () => {
    fc.assert(
      fc.property(tiny, fc.constantFrom(0.02, 0.1, 0.3, 0.6), (spec, band) => {
        const problem = toProblem({ ...spec, capacities: spec.capacities.map(() => 0) });
        const brute = bruteForce(problem);
        expect(movesLowerBound(problem, band)).toBeLessThanOrEqual(brute.movesWithin(band));
        // And for the members' own bands, where every band can be reached.
        if (brute.slack === 0) {
          const before = totalsByMember(problem, problem.value);
          const mean = before.reduce((sum, v) => sum + v, 0) / before.length;
          const bands = memberBands(problem, buildUnits(problem), mean, problem.tolerance);
          expect(movesLowerBound(problem, bands)).toBeLessThanOrEqual(brute.moves);
        }
      }),
      { numRuns: 200 },
    );
  });
});

import fc from 'fast-check';
import loadHighs, { type Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkAssignment } from '@shared/balancer/check-assignment';
import { balanceExactly } from '@shared/balancer/exact/solve-exact';
import { movesLowerBound } from '@shared/balancer/moves-lower-bound';
import { NEEDS_SENIOR, PINNED, type BalanceProblem } from '@shared/balancer/problem';

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
 * Every assignment the rules allow, tried one by one: the smallest largest deviation, and the
 * fewest moved accounts that keep everyone within the tolerance (if reachable) or within that
 * smallest deviation.
 */
function bruteForce(problem: BalanceProblem): {
  deviation: number;
  moves: number;
  movesWithin: (band: number) => number;
} {
  const n = problem.owner.length;
  const members = problem.members.length;
  const assignments: Array<{ deviation: number; moves: number }> = [];
  const owner = Int32Array.from(problem.owner);
  const visit = (a: number) => {
    if (a === n) {
      const newOwner = Int32Array.from(owner, (m, i) => (m === problem.owner[i] ? -1 : m));
      const check = checkAssignment(problem, newOwner);
      if (check.violations.length === 0)
        assignments.push({ deviation: check.spread.maxDeviation, moves: check.movedAccounts });
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
  const best = Math.min(...assignments.map((x) => x.deviation));
  const band = Math.max(problem.tolerance, best) + 1e-9;
  const movesWithin = (within: number) =>
    Math.min(...assignments.filter((x) => x.deviation <= within + 1e-9).map((x) => x.moves));
  return { deviation: best, moves: movesWithin(band), movesWithin };
}

describe('exact balancing', () => {
  it('finds what trying every assignment finds: the fewest moves at the best reachable band (property)', () => {
    fc.assert(
      fc.property(tiny, (spec) => {
        const problem = toProblem(spec);
        const potential = Float64Array.from(problem.value);
        const exact = balanceExactly(highs, problem, potential, { cost: 'units', timeLimit: 10 });
        const brute = bruteForce(problem);
        expect(exact.status).toBe('optimal');
        expect(exact.movedAccounts).toBe(brute.moves);
        const check = checkAssignment(problem, exact.newOwner);
        expect(check.violations).toEqual([]);
        expect(check.spread.maxDeviation).toBeLessThanOrEqual(
          Math.max(problem.tolerance, brute.deviation) + 1e-6,
        );
      }),
      { numRuns: 60 },
    );
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
    expect(exact).toMatchObject({ status: 'optimal', movedAccounts: 0, deviation: 0.05 });
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
    // Mean 50: the Senior keeps 80 (+60 %), the Junior gets 20 (−60 %).
    expect(exact.deviation).toBeCloseTo(0.6, 5);
    expect(exact.deviationBound).toBeCloseTo(0.6, 5);
  });

  it('never promises fewer moves than the optimum needs: the quick lower bound (property)', () => {
    fc.assert(
      fc.property(tiny, fc.constantFrom(0.02, 0.1, 0.3, 0.6), (spec, band) => {
        const problem = toProblem({ ...spec, capacities: spec.capacities.map(() => 0) });
        const fewest = bruteForce(problem).movesWithin(band);
        expect(movesLowerBound(problem, band)).toBeLessThanOrEqual(fewest);
      }),
      { numRuns: 200 },
    );
  });
});

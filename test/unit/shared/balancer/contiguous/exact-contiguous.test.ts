import fc from 'fast-check';
import loadHighs, { type Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { balanceContiguous } from '@shared/balancer/contiguous/balance-contiguous';
import { balanceContiguousExactly } from '@shared/balancer/contiguous/exact-contiguous';
import { territoryPieces } from '@shared/balancer/contiguous/pieces';
import { NEEDS_SENIOR, type BalanceProblem } from '@shared/balancer/problem';

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

/** A 3 × 3 map of areas, drawn among three members (in one piece or not); one account each. */
const grid = fc
  .record({
    owners: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 9, maxLength: 9 }),
    values: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 9, maxLength: 9 }),
    seniorOnly: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
    senior: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    tolerance: fc.constantFrom(0.05, 0.2),
  })
  .map(({ owners, values, seniorOnly, senior, tolerance }) => {
    const areaOwner = Int32Array.from(owners);
    const neighbours = Array.from({ length: 9 }, (_, a) =>
      [a % 3 > 0 ? a - 1 : -1, a % 3 < 2 ? a + 1 : -1, a - 3, a + 3].filter((b) => b >= 0 && b < 9),
    );
    const problem: BalanceProblem = {
      members: senior.map((s, i) => ({
        id: `m${i}`,
        level: s ? 'senior' : 'junior',
        capacity: 0,
      })),
      owner: Int32Array.from(areaOwner),
      value: Float64Array.from(values),
      work: new Float64Array(9).fill(1),
      flags: Uint8Array.from(seniorOnly, (s, a) => (s && senior[areaOwner[a]!] ? NEEDS_SENIOR : 0)),
      group: Int32Array.from({ length: 9 }, (_, a) => a),
      tolerance,
    };
    return { problem, territories: { owner: areaOwner, neighbours } };
  });

const excess = (after: Float64Array, band: { low: Float64Array; high: Float64Array }) =>
  after.reduce(
    (sum, v, m) => sum + Math.max(0, v - band.high[m]!) + Math.max(0, band.low[m]! - v),
    0,
  );

describe('balanceContiguousExactly', () => {
  it('keeps every territory whole, keeps the rules, and is never worse than the fast search', () => {
    fc.assert(
      fc.property(grid, ({ problem, territories }) => {
        const potential = Float64Array.from(problem.value);
        const { result, outcome } = balanceContiguousExactly(
          highs,
          problem,
          potential,
          territories,
          { cost: 'units', timeLimit: 5 },
        );
        const fast = balanceContiguous(problem, potential, territories);
        const members = problem.members.length;
        const before = territoryPieces(territories.owner, territories.neighbours, members);
        const after = territoryPieces(result.areaOwner, territories.neighbours, members);
        for (let m = 0; m < members; m += 1) {
          expect(after[m]).toBeLessThanOrEqual(before[m]!);
          if (before[m]! > 0) expect(after[m]).toBeGreaterThan(0);
        }
        result.newOwner.forEach((to, a) => {
          if (to < 0) return;
          expect(result.areaOwner[problem.group![a]!]).toBe(to);
          if (problem.flags[a]! & NEEDS_SENIOR) expect(problem.members[to]!.level).toBe('senior');
        });
        const ours = excess(result.after, result.memberBand);
        const theirs = excess(fast.after, fast.memberBand);
        expect(ours).toBeLessThanOrEqual(theirs + 1e-9);
        if (Math.abs(ours - theirs) < 1e-9)
          expect(result.movedAreas).toBeLessThanOrEqual(fast.movedAreas);
        expect(outcome.keptAreas).toBeLessThanOrEqual(outcome.solverAreas);
        expect(outcome.fastAreas).toBe(fast.movedAreas);
      }),
      { numRuns: 80 },
    );
  });

  it('finds the chain the fast search cannot: two moves at once where either alone overshoots', () => {
    // Seven areas in a row: A holds 20, 23, 29; B 15, 10, 28; C 28. Mean 51 (±20 %: 40.8–61.2).
    // A's 29 alone pushes B past its band; B's 28 alone leaves B short. Both together: 43, 54, 56.
    const owner = Int32Array.from([0, 0, 0, 1, 1, 1, 2]);
    const value = Float64Array.from([20, 23, 29, 15, 10, 28, 28]);
    const problem: BalanceProblem = {
      members: ['a', 'b', 'c'].map((id) => ({ id, level: 'senior', capacity: 0 })),
      owner: Int32Array.from(owner),
      value,
      work: new Float64Array(7).fill(1),
      flags: new Uint8Array(7),
      group: Int32Array.from({ length: 7 }, (_, a) => a),
      tolerance: 0.2,
    };
    const territories = {
      owner,
      neighbours: Array.from({ length: 7 }, (_, a) =>
        [a - 1, a + 1].filter((b) => b >= 0 && b < 7),
      ),
    };
    expect(balanceContiguous(problem, value, territories).movedAreas).toBe(0);
    const { result, outcome } = balanceContiguousExactly(highs, problem, value, territories, {
      cost: 'units',
      timeLimit: 5,
    });
    expect(outcome).toMatchObject({
      status: 'optimal',
      chosen: 'exact',
      solverAreas: 2,
      keptAreas: 2,
    });
    expect([...result.areaOwner]).toEqual([0, 0, 1, 1, 1, 2, 2]);
    expect([...result.after]).toEqual([43, 54, 56]);
  });
});

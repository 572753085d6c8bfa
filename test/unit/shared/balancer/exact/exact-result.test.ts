import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { autoBalance } from '@shared/balancer/auto-balance';
import { resultOf } from '@shared/balancer/exact/exact-result';
import {
  KEEP_WITH_OWNER,
  NEEDS_SENIOR,
  PINNED,
  type BalanceProblem,
} from '@shared/balancer/problem';

const instance = fc.integer({ min: 2, max: 6 }).chain((members) =>
  fc.record({
    levels: fc.array(fc.constantFrom('junior' as const, 'senior' as const), {
      minLength: members,
      maxLength: members,
    }),
    capacities: fc.array(fc.constantFrom(0, 0, 20, 60), { minLength: members, maxLength: members }),
    accounts: fc.array(
      fc.record({
        owner: fc.integer({ min: 0, max: members - 1 }),
        value: fc.integer({ min: 1, max: 80 }),
        work: fc.integer({ min: 1, max: 6 }),
        flags: fc.constantFrom(0, 0, PINNED, NEEDS_SENIOR, KEEP_WITH_OWNER),
      }),
      { minLength: 1, maxLength: 60 },
    ),
  }),
);

describe('a proposal in the fast balancer’s terms', () => {
  it('reads the fast proposal back exactly: totals, moves and every reason (property)', () => {
    fc.assert(
      fc.property(instance, ({ levels, capacities, accounts }) => {
        const problem: BalanceProblem = {
          members: levels.map((level, i) => ({ id: `m${i}`, level, capacity: capacities[i]! })),
          owner: Int32Array.from(accounts, (a) => a.owner),
          value: Float64Array.from(accounts, (a) => a.value),
          work: Float64Array.from(accounts, (a) => a.work),
          flags: Uint8Array.from(accounts, (a) => a.flags),
          group: null,
          tolerance: 0.05,
        };
        const fast = autoBalance(problem, problem.value);
        const again = resultOf(problem, fast, fast.newOwner);
        expect(again.movedAccounts).toBe(fast.movedAccounts);
        again.after.forEach((v, m) => expect(v).toBeCloseTo(fast.after[m]!, 9));
        again.workAfter.forEach((v, m) => expect(v).toBeCloseTo(fast.workAfter[m]!, 9));
        expect(again.spreadAfter.maxDeviation).toBeCloseTo(fast.spreadAfter.maxDeviation, 9);
        expect(again.reasons).toEqual(fast.reasons);
      }),
      { numRuns: 200 },
    );
  });
});

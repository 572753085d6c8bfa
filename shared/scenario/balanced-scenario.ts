import type { BalanceResult } from '../balancer/auto-balance';
import type { BalanceOptions } from '../balancer/build-problem';
import type { Account } from '../domain/account';
import type { Territory } from '../domain/territory';
import type { ExactOutcome } from './exact-outcome';
import { copyScenario, type Assignment, type Scenario } from './scenario';

/**
 * The balancer's proposal as a scenario: the source's territories and pins, plus every moved
 * account pinned to its new owner, with the explanation (before/after, band, bound, reasons).
 */
export function balancedScenario(
  name: string,
  origin: string,
  territories: readonly Territory[],
  accounts: readonly Pick<Account, 'id' | 'potentialCents'>[],
  source: Assignment,
  chosen: readonly { id: string; capacity: number }[],
  options: BalanceOptions,
  result: BalanceResult,
  now: Date,
  exact?: ExactOutcome,
): Scenario {
  const pinned = [...source.pinnedOwnerIds];
  let movedPotentialCents = 0;
  result.newOwner.forEach((member, a) => {
    if (member < 0) return;
    pinned[a] = chosen[member]!.id;
    movedPotentialCents += accounts[a]!.potentialCents;
  });
  const scenario = copyScenario(
    name,
    origin,
    territories,
    accounts,
    { ...source, pinnedOwnerIds: pinned },
    now,
  );
  return {
    ...scenario,
    balance: {
      target: options.target,
      tolerance: options.tolerance,
      prefixDigits: options.prefixDigits,
      members: chosen.map(({ id }, m) => ({
        id,
        before: result.before[m]!,
        after: result.after[m]!,
        workBefore: result.workBefore[m]!,
        workAfter: result.workAfter[m]!,
        reason: result.reasons[m] ?? null,
      })),
      band: result.band,
      before: { maxDeviation: result.spreadBefore.maxDeviation, cv: result.spreadBefore.cv },
      after: { maxDeviation: result.spreadAfter.maxDeviation, cv: result.spreadAfter.cv },
      bound: result.bound,
      movedAccounts: result.movedAccounts,
      movedPotentialCents,
      capacity: {
        respected: options.respectCapacity,
        workload: result.workBefore.reduce((sum, w) => sum + w, 0),
        available: chosen.reduce((sum, m) => sum + m.capacity, 0),
      },
      ...(exact ? { exact } : {}),
    },
  };
}

import { isLargeOrStrategic, type Account } from '../domain/account';
import type { TeamMember } from '../domain/team-member';
import type { SegmentWeights } from '../territory/balance';
import {
  KEEP_WITH_OWNER,
  NEEDS_SENIOR,
  PINNED,
  type BalanceProblem,
  type BalanceTarget,
  type MixWeights,
} from './problem';

export type BalancedAccount = Pick<
  Account,
  'postalCode' | 'segment' | 'strategic' | 'status' | 'potentialCents' | 'priorYearRevenueCents'
>;

export interface BalanceOptions {
  target: BalanceTarget;
  mix: MixWeights;
  /** Fraction of the mean, e.g. 0.05 for ±5 %. */
  tolerance: number;
  /** 0: each account on its own; 2 or 3: a member's accounts in one postal prefix move together. */
  prefixDigits: 0 | 2 | 3;
  /** Off: capacities are not a limit (e.g. when the whole team needs more visits than it has). */
  respectCapacity: boolean;
}

export interface BalanceInput {
  problem: BalanceProblem;
  /** Potential per account: the tie-breaker (move less potential) and the disruption measure. */
  potential: Float64Array;
}

/**
 * Turns accounts and an assignment (owner and pin per account) into the balancer's compact
 * problem over the chosen members. The mix weighs each metric against its mean per member, so a
 * mix value of 1 is one average member's load.
 */
export function buildBalanceInput(
  accounts: readonly BalancedAccount[],
  owners: ReadonlyArray<string | null>,
  pinned: ReadonlyArray<boolean>,
  chosen: readonly Pick<TeamMember, 'id' | 'level' | 'capacity'>[],
  weights: SegmentWeights,
  options: BalanceOptions,
): BalanceInput {
  const n = accounts.length;
  const indexOf = new Map(chosen.map((m, i) => [m.id, i]));
  const owner = new Int32Array(n);
  const flags = new Uint8Array(n);
  const work = new Float64Array(n);
  const potential = new Float64Array(n);
  const group = options.prefixDigits ? new Int32Array(n) : null;
  const totals = { potential: 0, workload: 0, accounts: 0, priorYearRevenue: 0 };
  for (let a = 0; a < n; a += 1) {
    const account = accounts[a]!;
    const ownerId = owners[a];
    owner[a] = ownerId ? (indexOf.get(ownerId) ?? -1) : -1;
    work[a] = weights[account.segment] ?? 0;
    potential[a] = account.potentialCents;
    flags[a] =
      (pinned[a] ? PINNED : 0) |
      (isLargeOrStrategic(account) ? NEEDS_SENIOR : 0) |
      (account.status === 'existing' || account.status === 'regular' ? KEEP_WITH_OWNER : 0);
    if (group) {
      const prefix = Number(account.postalCode.slice(0, options.prefixDigits));
      group[a] = Number.isInteger(prefix) ? prefix : -1;
    }
    if (owner[a]! >= 0) {
      totals.potential += account.potentialCents;
      totals.workload += work[a]!;
      totals.accounts += 1;
      totals.priorYearRevenue += account.priorYearRevenueCents;
    }
  }
  const value = new Float64Array(n);
  const single = (a: number, metric: keyof MixWeights) =>
    metric === 'potential'
      ? accounts[a]!.potentialCents
      : metric === 'priorYearRevenue'
        ? accounts[a]!.priorYearRevenueCents
        : metric === 'workload'
          ? work[a]!
          : 1;
  if (options.target === 'mix') {
    const parts = (Object.keys(options.mix) as Array<keyof MixWeights>).filter(
      (k) => options.mix[k] > 0 && totals[k] > 0,
    );
    const weightSum = parts.reduce((sum, k) => sum + options.mix[k], 0);
    for (let a = 0; a < n; a += 1)
      for (const k of parts)
        value[a] =
          value[a]! + ((options.mix[k] / weightSum) * single(a, k) * chosen.length) / totals[k];
  } else {
    for (let a = 0; a < n; a += 1) value[a] = single(a, options.target);
  }
  return {
    problem: {
      members: chosen.map((m) => ({
        id: m.id,
        level: m.level,
        capacity: options.respectCapacity ? m.capacity : 0,
      })),
      owner,
      value,
      work,
      flags,
      group,
      tolerance: options.tolerance,
    },
    potential,
  };
}

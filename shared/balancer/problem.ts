import type { Level } from '../domain/team-member';

/** The metrics the balancer can even out; 'mix' weighs the other four (each against its mean). */
export const BALANCE_TARGETS = [
  'potential',
  'workload',
  'accounts',
  'priorYearRevenue',
  'mix',
] as const;
export type BalanceTarget = (typeof BALANCE_TARGETS)[number];

export type MixWeights = Record<Exclude<BalanceTarget, 'mix'>, number>;
export const DEFAULT_MIX: MixWeights = {
  potential: 2,
  workload: 1,
  accounts: 0,
  priorYearRevenue: 1,
};

/** Per-account flags, as bits (compact enough to hand 250,000 accounts to a worker). */
export const PINNED = 1;
/** Large or strategic: only a Senior may own it. */
export const NEEDS_SENIOR = 2;
/** An existing or regular customer: stays with their owner unless balance needs the move. */
export const KEEP_WITH_OWNER = 4;

export interface BalanceMember {
  id: string;
  level: Level;
  /** Visits per year; 0 = no limit recorded. */
  capacity: number;
}

/**
 * What the balancer works on. Only accounts owned by the chosen members take part; `owner`
 * indexes `members` (-1: not one of them, the account stays where it is). Typed arrays, so the
 * problem crosses to a worker without copying.
 */
export interface BalanceProblem {
  members: BalanceMember[];
  owner: Int32Array;
  /** The chosen metric per account. */
  value: Float64Array;
  /** Visits per year the account needs (for capacity). */
  work: Float64Array;
  flags: Uint8Array;
  /** Postal group per account when whole prefixes move together (-1 or absent: each alone). */
  group: Int32Array | null;
  /** Allowed deviation from the mean, as a fraction (0.05 = ±5 %). */
  tolerance: number;
}

export interface Spread {
  mean: number;
  /** Largest |value − mean| ÷ mean over the members (0 when the mean is 0). */
  maxDeviation: number;
  /** Standard deviation ÷ mean (coefficient of variation). */
  cv: number;
}

export function spreadOf(values: ArrayLike<number>): Spread {
  const n = values.length;
  if (n === 0) return { mean: 0, maxDeviation: 0, cv: 0 };
  let sum = 0;
  for (let i = 0; i < n; i += 1) sum += values[i]!;
  const mean = sum / n;
  if (mean === 0) return { mean, maxDeviation: 0, cv: 0 };
  let max = 0;
  let squares = 0;
  for (let i = 0; i < n; i += 1) {
    const d = values[i]! - mean;
    max = Math.max(max, Math.abs(d));
    squares += d * d;
  }
  return { mean, maxDeviation: max / Math.abs(mean), cv: Math.sqrt(squares / n) / Math.abs(mean) };
}

/** Each member's total of a per-account quantity. */
export function totalsByMember(problem: BalanceProblem, per: Float64Array, owner = problem.owner) {
  const totals = new Float64Array(problem.members.length);
  for (let a = 0; a < owner.length; a += 1) {
    const m = owner[a]!;
    if (m >= 0) totals[m] = totals[m]! + per[a]!;
  }
  return totals;
}

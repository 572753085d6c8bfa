import type { Account, Segment } from '../domain/account';
import type { TeamMember } from '../domain/team-member';

export const BALANCE_METRICS = ['accounts', 'potential', 'priorYearRevenue', 'workload'] as const;
export type BalanceMetric = (typeof BALANCE_METRICS)[number];

/** Customer visits per year an account of each segment needs (editable in Settings). */
export type SegmentWeights = Record<Segment, number>;
export const DEFAULT_SEGMENT_WEIGHTS: SegmentWeights = { A: 12, B: 6, C: 2 };

export interface MemberLoad {
  memberId: string;
  accounts: number;
  potentialCents: number;
  priorYearRevenueCents: number;
  /** Visits per year the member's accounts need. */
  workload: number;
}

type LoadedAccount = Pick<
  Account,
  'ownerId' | 'segment' | 'potentialCents' | 'priorYearRevenueCents'
> &
  Partial<Pick<Account, 'territoryId'>>;

/** Balance per member (by owner) or per territory. */
export type BalanceBy = 'member' | 'territory';

const emptyLoad = (memberId: string): MemberLoad => ({
  memberId,
  accounts: 0,
  potentialCents: 0,
  priorYearRevenueCents: 0,
  workload: 0,
});

/** Sums every member's accounts once; afterwards moves are applied incrementally. */
export function computeLoads(
  accounts: Iterable<LoadedAccount>,
  ids: readonly string[],
  weights: SegmentWeights,
  by: BalanceBy = 'member',
): Map<string, MemberLoad> {
  const loads = new Map(ids.map((id) => [id, emptyLoad(id)]));
  for (const account of accounts) {
    addAccount(
      loads,
      account,
      by === 'member' ? account.ownerId : (account.territoryId ?? null),
      weights,
      1,
    );
  }
  return loads;
}

/**
 * Moves one account's weight from one owner to another without re-reading every account:
 * a reassignment of 5,000 accounts touches 5,000 rows, not 250,000.
 */
export function moveAccount(
  loads: Map<string, MemberLoad>,
  account: LoadedAccount,
  from: string | null,
  to: string | null,
  weights: SegmentWeights,
): void {
  addAccount(loads, account, from, weights, -1);
  addAccount(loads, account, to, weights, 1);
}

/** Adds sums (or signed differences, as `moveAccount` builds them into empty maps) to loads. */
export function addLoads(
  loads: Map<string, MemberLoad>,
  differences: ReadonlyMap<string, MemberLoad>,
): void {
  for (const [id, difference] of differences) {
    const load = loadOf(loads, id);
    load.accounts += difference.accounts;
    load.potentialCents += difference.potentialCents;
    load.priorYearRevenueCents += difference.priorYearRevenueCents;
    load.workload += difference.workload;
  }
}

function loadOf(loads: Map<string, MemberLoad>, id: string): MemberLoad {
  let load = loads.get(id);
  if (!load) {
    load = emptyLoad(id);
    loads.set(id, load);
  }
  return load;
}

function addAccount(
  loads: Map<string, MemberLoad>,
  account: LoadedAccount,
  ownerId: string | null,
  weights: SegmentWeights,
  sign: 1 | -1,
): void {
  if (!ownerId) return;
  const load = loadOf(loads, ownerId);
  load.accounts += sign;
  load.potentialCents += sign * account.potentialCents;
  load.priorYearRevenueCents += sign * account.priorYearRevenueCents;
  load.workload += sign * weights[account.segment];
}

export function metricValue(load: MemberLoad, metric: BalanceMetric): number {
  switch (metric) {
    case 'accounts':
      return load.accounts;
    case 'potential':
      return load.potentialCents;
    case 'priorYearRevenue':
      return load.priorYearRevenueCents;
    case 'workload':
      return load.workload;
  }
}

export interface BalanceRow {
  memberId: string;
  value: number;
  /** Deviation from the team mean as a fraction (0.12 = 12 % above); 0 when the mean is 0. */
  deviation: number;
  /** Workload ÷ capacity (visits needed ÷ visits possible); null without a capacity. */
  capacityUse: number | null;
}

export interface BalanceReport {
  metric: BalanceMetric;
  mean: number;
  /** The tolerance band around the mean (±10 % by default). */
  band: { low: number; high: number };
  rows: BalanceRow[];
}

/** One metric across the active members: values, the mean, the band and each deviation. */
export function balanceReport(
  loads: ReadonlyMap<string, MemberLoad>,
  members: readonly Pick<TeamMember, 'id' | 'capacity' | 'active'>[],
  metric: BalanceMetric,
  tolerance = 0.1,
): BalanceReport {
  const active = members.filter((m) => m.active);
  const values = active.map((m) => {
    const load = loads.get(m.id) ?? emptyLoad(m.id);
    return { member: m, load, value: metricValue(load, metric) };
  });
  const mean = values.length ? values.reduce((sum, v) => sum + v.value, 0) / values.length : 0;
  return {
    metric,
    mean,
    band: { low: mean * (1 - tolerance), high: mean * (1 + tolerance) },
    rows: values.map(({ member, load, value }) => ({
      memberId: member.id,
      value,
      deviation: mean === 0 ? 0 : (value - mean) / mean,
      capacityUse: member.capacity > 0 ? load.workload / member.capacity : null,
    })),
  };
}

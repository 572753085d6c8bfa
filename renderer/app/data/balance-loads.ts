import type { Account } from '@shared/domain/account';
import {
  computeLoads,
  moveAccount,
  type MemberLoad,
  type SegmentWeights,
} from '@shared/territory/balance';

/** Sums per member and per territory, kept current change by change (never re-summed on edits). */
export interface Loads {
  weights: string;
  weightValues: SegmentWeights;
  byMember: Map<string, MemberLoad>;
  byTerritory: Map<string, MemberLoad>;
}

/** Empty sums for the same weights: for collecting differences. */
export const emptyLoadsLike = (loads: Loads): Loads => ({
  ...loads,
  byMember: new Map(),
  byTerritory: new Map(),
});

/** Moves one account's share from where it was (`before`, null: new) to where it is. */
export function updateLoads(current: Loads, before: Account | null, after: Account): void {
  const weights = current.weightValues;
  if (before) {
    moveAccount(current.byMember, before, before.ownerId, null, weights);
    moveAccount(current.byTerritory, before, before.territoryId, null, weights);
  }
  moveAccount(current.byMember, after, null, after.ownerId, weights);
  moveAccount(current.byTerritory, after, null, after.territoryId, weights);
}

/** Empty sums for these weights, to add accounts to with `updateLoads(loads, null, account)`. */
export const emptyLoads = (weights: SegmentWeights): Loads => ({
  weights: JSON.stringify(weights),
  weightValues: weights,
  byMember: new Map(),
  byTerritory: new Map(),
});

/** The sums from scratch, once per set of weights and load of the accounts. */
export function computeAllLoads(accounts: readonly Account[], weights: SegmentWeights): Loads {
  return {
    weights: JSON.stringify(weights),
    weightValues: weights,
    byMember: computeLoads(accounts, [], weights, 'member'),
    byTerritory: computeLoads(accounts, [], weights, 'territory'),
  };
}

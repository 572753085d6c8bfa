import type { MemberBands, Forced } from './member-bands';
import { outsideReasons, type StuckReason } from './outside-reasons';
import { spreadOf, type BalanceProblem, type Spread } from './problem';
import { imbalanceLowerBound, type Units } from './units';

export type { StuckReason } from './outside-reasons';

export interface BalanceResult {
  /** The new owner (member index) per account; -1 where the account stays. */
  newOwner: Int32Array;
  movedAccounts: number;
  /** Per member: the metric and the workload before and after. */
  before: Float64Array;
  after: Float64Array;
  workBefore: Float64Array;
  workAfter: Float64Array;
  band: { low: number; high: number };
  /** Per member, the band it was brought into: the tolerance, widened where the rules force it. */
  memberBand: { low: Float64Array; high: Float64Array };
  spreadBefore: Spread;
  spreadAfter: Spread;
  /** The least max deviation (fraction of the mean) any assignment could reach. */
  bound: number;
  /** Per member, what kept them outside the band (null: inside it). */
  reasons: Array<StuckReason | null>;
}

/** Where a balancer ended: who holds each unit now, the members' totals, what it ran into. */
export interface FinalState {
  problem: BalanceProblem;
  units: Units;
  unitOwner: Int32Array;
  moved: Uint8Array;
  before: Float64Array;
  after: Float64Array;
  workBefore: Float64Array;
  workAfter: Float64Array;
  bands: MemberBands & { forced: Forced[] };
  /** Per member, what the search ran into where it got stuck. */
  searched: ReadonlyArray<StuckReason | null>;
}

/** The proposal in the app's terms: accounts that move, spreads, the bound and the reasons. */
export function balanceResult(state: FinalState): BalanceResult {
  const { problem, units, unitOwner, moved, before, after, workBefore, workAfter, bands } = state;
  const newOwner = new Int32Array(problem.owner.length).fill(-1);
  let movedAccounts = 0;
  for (let u = 0; u < units.count; u += 1) {
    if (!moved[u]) continue;
    for (let i = units.start[u]!; i < units.start[u + 1]!; i += 1) {
      newOwner[units.accounts[i]!] = unitOwner[u]!;
      movedAccounts += 1;
    }
  }
  const spreadBefore = spreadOf(before);
  const mean = spreadBefore.mean;
  const band = { low: mean * (1 - problem.tolerance), high: mean * (1 + problem.tolerance) };
  return {
    newOwner,
    movedAccounts,
    before,
    after,
    workBefore,
    workAfter,
    band,
    memberBand: { low: bands.low, high: bands.high },
    spreadBefore,
    spreadAfter: spreadOf(after),
    bound: imbalanceLowerBound(problem, units, mean),
    reasons: outsideReasons({
      problem,
      units,
      unitOwner,
      after,
      workAfter,
      band,
      forced: bands.forced,
      searched: state.searched,
    }),
  };
}

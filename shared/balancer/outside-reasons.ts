import type { Forced } from './member-bands';
import type { BalanceProblem } from './problem';
import type { Units } from './units';

/** Why a member stayed outside the tolerance band. */
/** 'contiguity': only areas bordering another territory may move, and none could without a cut. */
export type StuckReason = 'pinned' | 'seniorOnly' | 'capacity' | 'accountSize' | 'contiguity';

export interface OutsideFacts {
  problem: BalanceProblem;
  units: Units;
  /** Per unit, who holds it after the proposal. */
  unitOwner: Int32Array;
  after: Float64Array;
  workAfter: Float64Array;
  /** The tolerance band asked for (not the widened member bands). */
  band: { low: number; high: number };
  forced: readonly Forced[];
  /** What the search ran into per member, where it got stuck (null: nothing recorded). */
  searched: ReadonlyArray<StuckReason | null>;
}

/**
 * Why each member outside the tolerance band asked for is there — the headline says how far
 * from ±tolerance a member ends, and why: above it, pinned accounts, an account larger than the
 * band by itself, or Senior-only accounts the Seniors must hold; below it, a full capacity, or
 * only Senior-only accounts left to take; else what the search ran into (account sizes).
 */
export function outsideReasons(facts: OutsideFacts): Array<StuckReason | null> {
  const { problem, units, unitOwner, after, workAfter, band, forced, searched } = facts;
  const members = problem.members.length;
  const largestHeld = new Float64Array(members);
  let lightest = Infinity;
  for (let u = 0; u < units.count; u += 1) {
    largestHeld[unitOwner[u]!] = Math.max(largestHeld[unitOwner[u]!]!, units.value[u]!);
    lightest = Math.min(lightest, units.work[u]!);
  }
  return problem.members.map((member, m) => {
    const capacity = member.capacity > 0 ? member.capacity : Infinity;
    if (after[m]! > band.high + 1e-9)
      return forced[m] === 'pinned'
        ? 'pinned'
        : largestHeld[m]! > band.high
          ? 'accountSize'
          : forced[m] === 'seniorOnly'
            ? 'seniorOnly'
            : (searched[m] ?? 'accountSize');
    if (after[m]! < band.low - 1e-9)
      return searched[m] === 'capacity' || workAfter[m]! + lightest > capacity
        ? 'capacity'
        : forced[m] === 'seniorOnly'
          ? 'seniorOnly'
          : (searched[m] ?? 'accountSize');
    return null;
  });
}

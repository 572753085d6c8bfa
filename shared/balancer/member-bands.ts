import { NEEDS_SENIOR, totalsByMember, type BalanceProblem } from './problem';
import type { Units } from './units';

/** Per member, the values it should end between. */
export interface MemberBands {
  low: Float64Array;
  high: Float64Array;
}

/** Why a member's band is wider than the tolerance (null: it is not). */
export type Forced = 'pinned' | 'seniorOnly' | null;

/**
 * The tolerance band around the mean, widened for a member only where the rules force it:
 * a member whose pinned accounts alone are above the band keeps exactly those; when the
 * Senior-only accounts the Seniors hold are more than the Seniors' share, the Seniors' band
 * sits around their forced average (and the Juniors' around what is left for them). Without
 * this, one pinned giant would set the largest deviation for the whole team, and "balanced"
 * would let every other member stay anywhere inside it — even with nothing at all.
 */
export function memberBands(
  problem: BalanceProblem,
  units: Units,
  mean: number,
  tolerance: number,
): MemberBands & { forced: Forced[] } {
  const count = problem.members.length;
  const senior = problem.members.map((m) => m.level === 'senior');
  const low = new Float64Array(count).fill(mean * (1 - tolerance));
  const high = new Float64Array(count).fill(mean * (1 + tolerance));
  let seniorOnly = 0;
  let total = 0;
  for (let u = 0; u < units.count; u += 1) {
    total += units.value[u]!;
    // Only what a Senior holds now must stay with Seniors (a Junior's is not forced away).
    if (senior[units.owner[u]!] && units.flags[u]! & NEEDS_SENIOR) seniorOnly += units.value[u]!;
  }
  let seniors = 0;
  for (let m = 0; m < count; m += 1) {
    total += units.fixed[m]!;
    if (senior[m]) {
      seniors += 1;
      seniorOnly += units.fixed[m]!;
    }
  }
  // The Seniors hold at least their Senior-only accounts, so the Juniors at most the rest: where
  // either average is outside the band, that group's band sits around it.
  const juniors = count - seniors;
  const seniorsLeast = seniors > 0 ? seniorOnly / seniors : 0;
  const juniorsMost = juniors > 0 ? (total - seniorOnly) / juniors : Infinity;
  const forced: Forced[] = new Array<Forced>(count).fill(null);
  for (let m = 0; m < count; m += 1) {
    if (senior[m] && seniorsLeast > high[m]!) {
      high[m] = seniorsLeast + mean * tolerance;
      forced[m] = 'seniorOnly';
    }
    if (!senior[m] && juniorsMost < low[m]!) {
      low[m] = juniorsMost - mean * tolerance;
      forced[m] = 'seniorOnly';
    }
    if (units.fixed[m]! > high[m]!) {
      high[m] = units.fixed[m]!;
      forced[m] = 'pinned';
    }
  }
  return { low, high, forced };
}

/** Every member's band: ±`band` (a fraction) around the mean. */
export function uniformBands(problem: BalanceProblem, band: number): MemberBands {
  const before = totalsByMember(problem, problem.value);
  const mean = before.reduce((s, v) => s + v, 0) / Math.max(1, before.length);
  return {
    low: new Float64Array(before.length).fill(mean * (1 - band)),
    high: new Float64Array(before.length).fill(mean * (1 + band)),
  };
}

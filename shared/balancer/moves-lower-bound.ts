import { uniformBands, type MemberBands } from './member-bands';
import { NEEDS_SENIOR, totalsByMember, type BalanceProblem } from './problem';
import { buildUnits } from './units';

/**
 * The fewest units any proposal must move to bring everyone within ±`band` of the mean (or
 * into its own band) — a
 * proven lower bound, cheap at any size: a member above the band must give away at least its
 * excess, which takes at least as many units as its largest movable units need to add up to it;
 * a member below must receive its shortfall, at least as many units as the largest units it may
 * hold (Large and strategic ones only if a Senior) need. Each move leaves one member and reaches
 * one, so the larger of the two sums bounds the moves. Infinity: the band cannot be reached.
 */
export function movesLowerBound(problem: BalanceProblem, band: number | MemberBands): number {
  const units = buildUnits(problem);
  const before = totalsByMember(problem, problem.value);
  const members = problem.members.length;
  const { low, high } = typeof band === 'number' ? uniformBands(problem, band) : band;
  const own: number[][] = Array.from({ length: members }, () => []);
  const anyone: number[] = [];
  const forJuniors: number[] = [];
  for (let u = 0; u < units.count; u += 1) {
    const value = units.value[u]!;
    if (!(value > 0)) continue;
    own[units.owner[u]!]!.push(value);
    anyone.push(value);
    if (!(units.flags[u]! & NEEDS_SENIOR)) forJuniors.push(value);
  }
  const descending = (values: number[]) => values.sort((a, b) => b - a);
  descending(anyone);
  descending(forJuniors);
  /** How many of the largest values it takes to add up to `amount` (Infinity: never). */
  const countFor = (values: readonly number[], amount: number) => {
    let sum = 0;
    for (let i = 0; i < values.length; i += 1) {
      if (sum >= amount - 1e-9 * Math.max(1, amount)) return i;
      sum += values[i]!;
    }
    return sum >= amount - 1e-9 * Math.max(1, amount) ? values.length : Infinity;
  };
  let out = 0;
  let into = 0;
  for (let m = 0; m < members; m += 1) {
    if (before[m]! > high[m]!) out += countFor(descending(own[m]!), before[m]! - high[m]!);
    if (before[m]! < low[m]!) {
      const pool = problem.members[m]!.level === 'senior' ? anyone : forJuniors;
      into += countFor(pool, low[m]! - before[m]!);
    }
  }
  return Math.max(out, into);
}

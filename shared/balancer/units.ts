import { KEEP_WITH_OWNER, NEEDS_SENIOR, PINNED, type BalanceProblem } from './problem';

/**
 * What moves as one piece: an account, or (when whole postal prefixes move together) all of a
 * member's unpinned accounts in one prefix. Pinned accounts never form part of a unit.
 */
export interface Units {
  count: number;
  value: Float64Array;
  work: Float64Array;
  owner: Int32Array;
  /** NEEDS_SENIOR and KEEP_WITH_OWNER of any account in the unit. */
  flags: Uint8Array;
  /** The unit's accounts: `accounts.subarray(start[u], start[u + 1])`. */
  start: Int32Array;
  accounts: Int32Array;
  /** Per member, the value that can never leave them (pinned accounts). */
  fixed: Float64Array;
}

export function buildUnits(problem: BalanceProblem): Units {
  const { owner, value, work, flags, group } = problem;
  const fixed = new Float64Array(problem.members.length);
  const unitOf = new Int32Array(owner.length).fill(-1);
  const keys = new Map<number, number>();
  let count = 0;
  for (let a = 0; a < owner.length; a += 1) {
    const m = owner[a]!;
    if (m < 0) continue;
    if (flags[a]! & PINNED) {
      fixed[m] = fixed[m]! + value[a]!;
      continue;
    }
    const g = group ? group[a]! : -1;
    if (g < 0) {
      unitOf[a] = count++;
      continue;
    }
    // A member's prefix: members × groups stays far below 2^53.
    const key = m * 1_000_003 + g;
    let unit = keys.get(key);
    if (unit === undefined) {
      unit = count++;
      keys.set(key, unit);
    }
    unitOf[a] = unit;
  }
  const units: Units = {
    count,
    value: new Float64Array(count),
    work: new Float64Array(count),
    owner: new Int32Array(count),
    flags: new Uint8Array(count),
    start: new Int32Array(count + 1),
    accounts: new Int32Array(0),
    fixed,
  };
  const sizes = new Int32Array(count);
  for (let a = 0; a < owner.length; a += 1) {
    const u = unitOf[a]!;
    if (u < 0) continue;
    units.value[u] = units.value[u]! + value[a]!;
    units.work[u] = units.work[u]! + work[a]!;
    units.owner[u] = owner[a]!;
    units.flags[u] = units.flags[u]! | (flags[a]! & (NEEDS_SENIOR | KEEP_WITH_OWNER));
    sizes[u] = sizes[u]! + 1;
  }
  for (let u = 0; u < count; u += 1) units.start[u + 1] = units.start[u]! + sizes[u]!;
  const accounts = new Int32Array(units.start[count]!);
  const fill = units.start.slice(0, count);
  for (let a = 0; a < owner.length; a += 1) {
    const u = unitOf[a]!;
    if (u < 0) continue;
    accounts[fill[u]!] = a;
    fill[u] = fill[u]! + 1;
  }
  units.accounts = accounts;
  return units;
}

/**
 * How close to the mean the account sizes allow anyone to get, as a fraction of the mean: the
 * member holding the largest unit has at least that much; pinned accounts never leave; and
 * large/strategic units can only be shared among the Seniors. No assignment under these rules
 * does better. (Capacity is left out: a member at capacity can still trade a heavy account for a
 * lighter, larger one, so it gives no sure bound.)
 */
export function imbalanceLowerBound(problem: BalanceProblem, units: Units, mean: number): number {
  if (mean <= 0) return 0;
  let bound = 0;
  let seniorOnly = 0;
  let largestUnit = 0;
  for (let u = 0; u < units.count; u += 1) {
    largestUnit = Math.max(largestUnit, units.value[u]!);
    // Only what a Senior holds now must stay with Seniors (a Junior's is not forced away).
    const withSenior = problem.members[units.owner[u]!]!.level === 'senior';
    if (withSenior && units.flags[u]! & NEEDS_SENIOR) seniorOnly += units.value[u]!;
  }
  let seniors = 0;
  problem.members.forEach((member, m) => {
    bound = Math.max(bound, units.fixed[m]! - mean);
    if (member.level === 'senior') {
      seniors += 1;
      seniorOnly += units.fixed[m]!;
    }
  });
  // A pinned account sits on its member together with whatever else they hold.
  bound = Math.max(bound, largestUnit - mean);
  if (seniors > 0) bound = Math.max(bound, seniorOnly / seniors - mean);
  return Math.max(0, bound) / mean;
}

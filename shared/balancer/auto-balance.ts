import { spreadOf, totalsByMember, type BalanceProblem } from './problem';
import { memberBands } from './member-bands';
import type { StuckReason } from './outside-reasons';
import { consolidate, returnUnneeded } from './tidy-moves';
import { SeniorStock } from './senior-stock';
import { UnitLists, type Search } from './unit-lists';
import { buildUnits } from './units';
import { balanceResult, type BalanceResult } from './balance-result';

export type { BalanceResult, StuckReason } from './balance-result';

/** Passes per round: each pass after the first only retries members that got stuck. */
export const MAX_PASSES = 8;
/** Passes of pairing moves into one after the first (each looks only at what changed). */
const MAX_TIDY = 8;
/** [move kept customers too, relax the band] per round; the area search uses the same. */
export const ROUNDS: ReadonlyArray<[boolean, boolean]> = [
  [false, false],
  [true, false],
  [true, true],
];

/**
 * Evens out the chosen metric across the chosen members with as few moves as possible. Each
 * member has a band: the tolerance around the mean, widened only where the rules force it
 * (`memberBands`: pinned accounts above it, Senior-only accounts more than the Seniors' share).
 * Each step moves the largest unit that fits from a member above its band to one below its own
 * (or, once none is above, into the member furthest below), never past each other and never
 * pushing the giver below or the taker above its band — so every step lowers the spread and
 * nothing ends worse than it started. A Junior below its band takes the largest account any
 * Senior may give (Seniors then even out among themselves with Large accounts — fewer moves
 * than Juniors collecting small ones). Existing and regular customers are only moved in a
 * second round, when the first could not reach the bands; a third round evens out what the
 * bands cannot hold (any higher member to any lower one, meeting halfway at most), so the
 * largest deviation comes as close to the lower bound as it can. Pinned accounts, Senior-only
 * accounts and capacities are never violated. No randomness: ties are settled by potential
 * (smaller first), then by account order.
 */
export function autoBalance(
  problem: BalanceProblem,
  potential: Float64Array,
  onProgress?: (fraction: number) => void,
): BalanceResult {
  const memberCount = problem.members.length;
  const units = buildUnits(problem);
  const before = totalsByMember(problem, problem.value);
  const workBefore = totalsByMember(problem, problem.work);
  const value = Float64Array.from(before);
  const work = Float64Array.from(workBefore);
  const spreadBefore = spreadOf(before);
  const mean = spreadBefore.mean;
  const low = mean * (1 - problem.tolerance);
  const high = mean * (1 + problem.tolerance);
  const bands = memberBands(problem, units, mean, problem.tolerance);
  const lowOf = bands.low;
  const highOf = bands.high;
  const lists = new UnitLists(units, potential, memberCount);
  let lightest = Infinity;
  for (let u = 0; u < units.count; u += 1) lightest = Math.min(lightest, units.work[u]!);
  const moved = new Uint8Array(units.count);
  const unitOwner = Int32Array.from(units.owner);
  const senior = problem.members.map((m) => m.level === 'senior');
  const stock = new SeniorStock(units, lists.order, senior);
  const capacity = problem.members.map((m) => (m.capacity > 0 ? m.capacity : Infinity));
  const reasons: Array<StuckReason | null> = new Array<StuckReason | null>(memberCount).fill(null);
  const excessOf = () => {
    let sum = 0;
    for (let m = 0; m < memberCount; m += 1)
      sum += Math.max(0, value[m]! - highOf[m]!) + Math.max(0, lowOf[m]! - value[m]!);
    return sum;
  };
  const initialExcess = excessOf();
  let moves = 0;
  let shown = 0;

  /** The largest unit of `giver` that fits `limit` and may go to `taker`. */
  const find = (giver: number, taker: number, limit: number, withKept: boolean): Search =>
    lists.find(giver, limit, withKept, senior[taker]!, capacity[taker]! - work[taker]!);

  // The members by value (then index), kept in order as moves change two of them at a time.
  const order = Int32Array.from({ length: memberCount }, (_, m) => m).sort(
    (a, b) => value[a]! - value[b]! || a - b,
  );
  const rank = new Int32Array(memberCount);
  order.forEach((m, i) => (rank[m] = i));
  const lowerThan = (a: number, b: number) =>
    value[a]! < value[b]! || (value[a] === value[b] && a < b);
  const reposition = (m: number) => {
    let i = rank[m]!;
    for (; i > 0 && lowerThan(m, order[i - 1]!); i -= 1) {
      order[i] = order[i - 1]!;
      rank[order[i]!] = i;
    }
    for (; i < memberCount - 1 && lowerThan(order[i + 1]!, m); i += 1) {
      order[i] = order[i + 1]!;
      rank[order[i]!] = i;
    }
    order[i] = m;
    rank[m] = i;
  };

  // The highest value the search for a member above its band need look at.
  let ceiling = Infinity;
  /** The highest position in `order` whose value is at most `limit` (-1: none). */
  const atMost = (limit: number) => {
    if (limit === Infinity) return memberCount - 1;
    let lo = 0;
    let hi = memberCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (value[order[mid]!]! <= limit) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };

  const move = (unit: number, to: number) => {
    const from = unitOwner[unit]!;
    value[from] = value[from]! - units.value[unit]!;
    value[to] = value[to]! + units.value[unit]!;
    work[from] = work[from]! - units.work[unit]!;
    work[to] = work[to]! + units.work[unit]!;
    unitOwner[unit] = to;
    moved[unit] = 1;
    reposition(from);
    reposition(to);
    // Only a taker can rise, and never past its giver's old value; a rise above the ceiling
    // (an under member fed by a stuck giver) puts the taker back in view.
    if (value[to]! > ceiling) ceiling = value[to]!;
    lists.remove(unit);
    stock.remove(unit);
    moves += 1;
    // The third round may push a partner past the band for a while: progress never goes back.
    if (onProgress && moves % 256 === 0 && initialExcess > 0) {
      shown = Math.max(shown, Math.min(0.99, 1 - excessOf() / initialExcess));
      onProgress(shown);
    }
  };

  const stuckReason = (member: number, search: Search): StuckReason =>
    search.capacityBlocked ||
    (value[member]! < lowOf[member]! && work[member]! >= capacity[member]!)
      ? 'capacity'
      : search.seniorBlocked
        ? 'seniorOnly'
        : value[member]! > high && units.fixed[member]! > high
          ? 'pinned'
          : 'accountSize';

  /**
   * A Junior short of what only the Seniors' other accounts can give takes the largest such
   * account any Senior holds (the Seniors even out among themselves with their Large accounts).
   */
  const feed = (taker: number, withKept: boolean): boolean => {
    const best = stock.largestFor(
      highOf[taker]! - value[taker]!,
      capacity[taker]! - work[taker]!,
      withKept,
      (giver) => value[giver]! - value[taker]!,
    );
    if (best < 0) return false;
    move(best, taker);
    return true;
  };

  /** One member out of band, paired with the partners that could help it, best first. */
  const step = (withKept: boolean, relaxed: boolean, stuck: Uint8Array): boolean => {
    // The highest member above its band, else the lowest below it (not yet stuck).
    let over = -1;
    let under = -1;
    // A band is never narrower than the tolerance: below `high` nobody is above theirs. Above
    // the ceiling everyone is stuck or inside their band already.
    for (let i = atMost(ceiling); i >= 0 && over < 0; i -= 1) {
      const m = order[i]!;
      if (value[m]! <= high) break;
      if (!stuck[m] && value[m]! > highOf[m]!) over = m;
    }
    if (over >= 0) ceiling = value[over]!;
    for (let i = 0; i < memberCount && over < 0 && under < 0; i += 1) {
      const m = order[i]!;
      if (value[m]! >= low) break;
      if (!stuck[m] && value[m]! < lowOf[m]!) under = m;
    }
    if (over < 0 && under < 0) return false;
    const member = over >= 0 ? over : under;
    const tally: Search = { unit: -1, capacityBlocked: false, seniorBlocked: false };
    // Never past each other: a pair only ever ends closer together.
    const limitFor = (giver: number, taker: number) =>
      relaxed
        ? (value[giver]! - value[taker]!) / 2
        : Math.min(
            value[giver]! - lowOf[giver]!,
            highOf[taker]! - value[taker]!,
            value[giver]! - value[taker]!,
          );
    const tryPartner = (giver: number, taker: number): boolean => {
      // A full taker cannot take even the lightest unit.
      if (capacity[taker]! - work[taker]! < lightest) {
        tally.capacityBlocked = true;
        return false;
      }
      const search = find(giver, taker, limitFor(giver, taker), withKept);
      if (search.unit >= 0) {
        move(search.unit, taker);
        return true;
      }
      tally.capacityBlocked ||= search.capacityBlocked;
      tally.seniorBlocked ||= search.seniorBlocked;
      return false;
    };
    // Within reach of the band, partners stay in it; beyond reach, any lower (higher) partner
    // will do, meeting halfway at most, so the pair ends closer together and nobody further out.
    if (over < 0 && !relaxed && !senior[member] && feed(member, withKept)) return true;
    if (over >= 0) {
      const giverSmallest = lists.smallestOf(member, withKept, true);
      // The lowest first: the gap between the pair only shrinks from there.
      for (let i = 0; i < memberCount; i += 1) {
        const partner = order[i]!;
        if (partner === member) continue;
        if (value[member]! - value[partner]! < (relaxed ? 2 : 1) * giverSmallest) break;
        if (!relaxed && value[partner]! >= highOf[partner]!) continue;
        if (limitFor(member, partner) < giverSmallest) continue;
        if (tryPartner(member, partner)) return true;
      }
    } else {
      for (let i = memberCount - 1; i >= 0; i -= 1) {
        const partner = order[i]!;
        if (partner === member) continue;
        if (value[partner]! <= value[member]!) break;
        if (!relaxed && value[partner]! <= lowOf[partner]!) continue;
        const limit = limitFor(partner, member);
        if (limit < lists.smallestOf(partner, withKept, senior[member]!)) {
          // Something would fit, but only a Senior may hold it.
          if (!senior[member] && limit >= lists.smallestOf(partner, withKept, true))
            tally.seniorBlocked = true;
          continue;
        }
        if (tryPartner(partner, member)) return true;
      }
    }
    stuck[member] = 1;
    reasons[member] = stuckReason(member, tally);
    return true;
  };

  // Kept customers only in the second round; the third evens out what the band cannot hold.
  for (const [withKept, relaxed] of ROUNDS) {
    // Another pass after one that moved something: a member stuck earlier may fit now.
    for (let pass = 0, progress = true; progress && pass < MAX_PASSES; pass += 1) {
      const movesBefore = moves;
      const stuck = new Uint8Array(memberCount);
      ceiling = Infinity;
      while (step(withKept, relaxed, stuck));
      progress = moves > movesBefore;
    }
  }

  // Afterwards, fewer moves for the same result: unneeded ones go back, pairs become one.
  const tidy = {
    units,
    lists,
    value,
    work,
    workBefore,
    unitOwner,
    moved,
    lowOf,
    highOf,
    capacity,
    senior,
  };
  returnUnneeded(tidy);
  // A unit that moved in one pass may pair again in the next; only changed pairs look again.
  for (let pass = 0, changed = consolidate(tidy, null); changed && pass < MAX_TIDY; pass += 1)
    changed = consolidate(tidy, changed);

  onProgress?.(1);
  return balanceResult({
    problem,
    units,
    unitOwner,
    moved,
    before,
    after: value,
    workBefore,
    workAfter: work,
    bands,
    searched: reasons,
  });
}

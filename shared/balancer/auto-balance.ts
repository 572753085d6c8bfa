import { spreadOf, totalsByMember, type BalanceProblem, type Spread } from './problem';
import { UnitLists, type Search } from './unit-lists';
import { buildUnits, imbalanceLowerBound } from './units';

/** Why a member stayed outside the tolerance band. */
export type StuckReason = 'pinned' | 'seniorOnly' | 'capacity' | 'accountSize';

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
  spreadBefore: Spread;
  spreadAfter: Spread;
  /** The least max deviation (fraction of the mean) any assignment could reach. */
  bound: number;
  /** Per member, what kept them outside the band (null: inside it). */
  reasons: Array<StuckReason | null>;
}

/** Passes per round: each pass after the first only retries members that got stuck. */
const MAX_PASSES = 8;
/** [move kept customers too, relax the band] per round. */
const ROUNDS: ReadonlyArray<[boolean, boolean]> = [
  [false, false],
  [true, false],
  [true, true],
];

/**
 * Evens out the chosen metric across the chosen members with as few moves as possible. Each step
 * moves the largest unit that fits from a member above the band to one below it (or, once none is
 * above, into the member furthest below), never pushing the giver below or the taker above the
 * band — so every step lowers the spread and nothing ends worse than it started. Existing and
 * regular customers are only moved in a second round, when the first could not reach the band; a
 * third round evens out what the band cannot hold (any higher member to any lower one, meeting
 * halfway at most), so the largest deviation comes as close to the lower bound as it can.
 * Pinned accounts, Senior-only accounts and capacities are never violated. No randomness: ties are
 * settled by potential (smaller first), then by account order.
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
  const lists = new UnitLists(units, potential, memberCount);
  let lightest = Infinity;
  for (let u = 0; u < units.count; u += 1) lightest = Math.min(lightest, units.work[u]!);
  const moved = new Uint8Array(units.count);
  const unitOwner = Int32Array.from(units.owner);
  const senior = problem.members.map((m) => m.level === 'senior');
  const capacity = problem.members.map((m) => (m.capacity > 0 ? m.capacity : Infinity));
  const reasons: Array<StuckReason | null> = new Array<StuckReason | null>(memberCount).fill(null);
  const excessOf = () => {
    let sum = 0;
    for (let m = 0; m < memberCount; m += 1)
      sum += Math.max(0, value[m]! - high) + Math.max(0, low - value[m]!);
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
    lists.remove(unit);
    moves += 1;
    // The third round may push a partner past the band for a while: progress never goes back.
    if (onProgress && moves % 256 === 0 && initialExcess > 0) {
      shown = Math.max(shown, Math.min(0.99, 1 - excessOf() / initialExcess));
      onProgress(shown);
    }
  };

  const stuckReason = (member: number, search: Search): StuckReason =>
    search.capacityBlocked || (value[member]! < low && work[member]! >= capacity[member]!)
      ? 'capacity'
      : search.seniorBlocked
        ? 'seniorOnly'
        : value[member]! > high && units.fixed[member]! > high
          ? 'pinned'
          : 'accountSize';

  /** One member out of band, paired with the partners that could help it, best first. */
  const step = (withKept: boolean, relaxed: boolean, stuck: Uint8Array): boolean => {
    // The highest member above the band, else the lowest below it (not yet stuck).
    let over = -1;
    let under = -1;
    for (let i = memberCount - 1; i >= 0 && value[order[i]!]! > high; i -= 1)
      if (!stuck[order[i]!]) {
        over = order[i]!;
        break;
      }
    if (over < 0)
      for (let i = 0; i < memberCount && value[order[i]!]! < low; i += 1)
        if (!stuck[order[i]!]) {
          under = order[i]!;
          break;
        }
    if (over < 0 && under < 0) return false;
    const member = over >= 0 ? over : under;
    const tally: Search = { unit: -1, capacityBlocked: false, seniorBlocked: false };
    const limitFor = (giver: number, taker: number) =>
      relaxed
        ? (value[giver]! - value[taker]!) / 2
        : Math.min(value[giver]! - low, high - value[taker]!);
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
    if (over >= 0) {
      const below = relaxed ? value[member]! : high;
      const giverSmallest = lists.smallestOf(member, withKept, true);
      // The lowest first: the room only shrinks from there, so stop once nothing fits.
      for (let i = 0; i < memberCount; i += 1) {
        const partner = order[i]!;
        if (partner === member) continue;
        if (value[partner]! >= below || limitFor(member, partner) < giverSmallest) break;
        if (tryPartner(member, partner)) return true;
      }
    } else {
      const above = relaxed ? value[member]! : low;
      for (let i = memberCount - 1; i >= 0; i -= 1) {
        const partner = order[i]!;
        if (partner === member) continue;
        if (value[partner]! <= above) break;
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
      while (step(withKept, relaxed, stuck));
      progress = moves > movesBefore;
    }
  }

  const newOwner = new Int32Array(problem.owner.length).fill(-1);
  let movedAccounts = 0;
  for (let u = 0; u < units.count; u += 1) {
    if (!moved[u]) continue;
    for (let i = units.start[u]!; i < units.start[u + 1]!; i += 1) {
      newOwner[units.accounts[i]!] = unitOwner[u]!;
      movedAccounts += 1;
    }
  }
  for (let m = 0; m < memberCount; m += 1)
    if (value[m]! >= low - 1e-9 && value[m]! <= high + 1e-9) reasons[m] = null;
  onProgress?.(1);
  return {
    newOwner,
    movedAccounts,
    before,
    after: value,
    workBefore,
    workAfter: work,
    band: { low, high },
    spreadBefore,
    spreadAfter: spreadOf(value),
    bound: imbalanceLowerBound(problem, units, mean),
    reasons,
  };
}

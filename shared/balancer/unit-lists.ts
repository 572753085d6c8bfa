import { KEEP_WITH_OWNER, NEEDS_SENIOR } from './problem';
import type { Units } from './units';

/** How far a search looks past the largest fitting unit for one that also fits the capacity. */
const SCAN_LIMIT = 256;

export interface Search {
  unit: number;
  /** A unit fitted by size, but not into the taker's remaining capacity. */
  capacityBlocked: boolean;
  /** A unit fitted by size, but only a Senior may hold it. */
  seniorBlocked: boolean;
}

/**
 * Each member's movable units in four lists (plain/kept customers × any/Senior-only), largest
 * value first (ties: less potential, then order). A moved unit is stepped over in constant time
 * (path-halving, as union-find), so 100,000 moves do not rescan what already left.
 */
export class UnitLists {
  private readonly lists: Int32Array[];
  /** Per list, its smallest positive value when made (Infinity when it has none). */
  private readonly smallest: number[];
  private readonly remaining: Int32Array;
  /** Per list, the next position still holding an unmoved unit. */
  private readonly alive: Int32Array[];
  private readonly positionOf: Int32Array;
  /** All units in the lists' order (largest value first), for indexes across members. */
  readonly order: Int32Array;

  constructor(
    private readonly units: Units,
    potential: Float64Array,
    memberCount: number,
  ) {
    const sorted = sortedLists(units, potential, memberCount);
    this.lists = sorted.lists;
    this.order = sorted.order;
    this.smallest = this.lists.map((list) => {
      for (let i = list.length - 1; i >= 0; i -= 1) {
        const v = units.value[list[i]!]!;
        if (v > 0) return v;
      }
      return Infinity;
    });
    this.remaining = Int32Array.from(this.lists, (list) => list.length);
    this.alive = this.lists.map((list) =>
      Int32Array.from({ length: list.length + 1 }, (_, i) => i),
    );
    this.positionOf = new Int32Array(units.count);
    this.lists.forEach((list) => list.forEach((unit, at) => (this.positionOf[unit] = at)));
  }

  /**
   * The largest unit of `giver` not above `limit` that a taker with `spare` visits (and Senior
   * or not) may take; kept customers only when `withKept` and no other unit fits.
   */
  find(giver: number, limit: number, withKept: boolean, toSenior: boolean, spare: number): Search {
    const { units } = this;
    const found: Search = { unit: -1, capacityBlocked: false, seniorBlocked: false };
    if (!(limit > 0)) return found;
    for (let kept = 0; kept <= (withKept ? 1 : 0); kept += 1) {
      for (let large = 0; large <= 1; large += 1) {
        const l = giver * 4 + kept * 2 + large;
        // Nothing left, or nothing this small: no search needed.
        if (this.remaining[l] === 0 || limit < this.smallest[l]!) continue;
        const list = this.lists[l]!;
        const next = this.alive[l]!;
        let at = nextAlive(next, firstAtMost(list, units.value, limit));
        if (at >= list.length || !(units.value[list[at]!]! > 0)) continue;
        if (large && !toSenior) {
          found.seniorBlocked = true;
          continue;
        }
        for (let seen = 0; at < list.length && seen < SCAN_LIMIT; seen += 1) {
          const unit = list[at]!;
          if (!(units.value[unit]! > 0)) break;
          if (units.work[unit]! > spare) {
            found.capacityBlocked = true;
            at = nextAlive(next, at + 1);
            continue;
          }
          if (found.unit < 0 || units.value[unit]! > units.value[found.unit]!) found.unit = unit;
          break;
        }
      }
      if (found.unit >= 0) return found;
    }
    return found;
  }

  /**
   * The smallest unit a member could still give (a lower bound: a list's smallest when it was
   * made), Infinity when nothing is left to give.
   */
  smallestOf(giver: number, withKept: boolean, toSenior: boolean): number {
    let min = Infinity;
    for (let kept = 0; kept <= (withKept ? 1 : 0); kept += 1)
      for (let large = 0; large <= (toSenior ? 1 : 0); large += 1) {
        const l = giver * 4 + kept * 2 + large;
        if (this.remaining[l]! > 0) min = Math.min(min, this.smallest[l]!);
      }
    return min;
  }

  /** The unit left its giver: later searches step over it at once. */
  remove(unit: number): void {
    const l = listOf(this.units, unit);
    const at = this.positionOf[unit]!;
    this.alive[l]![at] = at + 1;
    this.remaining[l] = this.remaining[l]! - 1;
  }
}

function sortedLists(
  units: Units,
  potential: Float64Array,
  memberCount: number,
): { lists: Int32Array[]; order: Int32Array } {
  const cost = new Float64Array(units.count);
  for (let u = 0; u < units.count; u += 1)
    for (let i = units.start[u]!; i < units.start[u + 1]!; i += 1)
      cost[u] = cost[u]! + potential[units.accounts[i]!]!;
  const order = Int32Array.from({ length: units.count }, (_, u) => u).sort(
    (a, b) => units.value[b]! - units.value[a]! || cost[a]! - cost[b]! || a - b,
  );
  const sizes = new Int32Array(memberCount * 4);
  for (let u = 0; u < units.count; u += 1) sizes[listOf(units, u)] = sizes[listOf(units, u)]! + 1;
  const lists = Array.from(sizes, (size) => new Int32Array(size));
  const fill = new Int32Array(memberCount * 4);
  for (const u of order) {
    const l = listOf(units, u);
    lists[l]![fill[l]!] = u;
    fill[l] = fill[l]! + 1;
  }
  return { lists, order };
}

/** Which of its owner's four lists a unit is in (its owner when the lists were made). */
function listOf(units: Units, u: number): number {
  return (
    units.owner[u]! * 4 +
    (units.flags[u]! & KEEP_WITH_OWNER ? 2 : 0) +
    (units.flags[u]! & NEEDS_SENIOR ? 1 : 0)
  );
}

/** The first position from `at` on that still holds an unmoved unit (path-halving). */
export function nextAlive(next: Int32Array, at: number): number {
  let p = at;
  while (next[p] !== p) {
    next[p] = next[next[p]!]!;
    p = next[p]!;
  }
  return p;
}

/** First position in a largest-first list whose value is at most `limit`. */
export function firstAtMost(list: Int32Array, values: Float64Array, limit: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[list[mid]!]! > limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

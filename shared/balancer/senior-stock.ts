import { KEEP_WITH_OWNER, NEEDS_SENIOR } from './problem';
import { firstAtMost, nextAlive } from './unit-lists';
import type { Units } from './units';

/** How many too-close givers a search steps over before it gives up. */
const SCAN_LIMIT = 4096;

/**
 * The accounts Seniors hold that a Junior may take, across all Seniors, largest first (ties: less
 * potential, then order), plain and kept customers apart. A Junior short of their share asks this
 * once instead of asking every Senior (500 Seniors × 46,000 asks took 0.4 s at 250k accounts).
 */
export class SeniorStock {
  private readonly lists: [Int32Array, Int32Array];
  private readonly alive: [Int32Array, Int32Array];
  private readonly positionOf: Int32Array;

  /** `order`: all units, largest value first (ties: less potential, then order). */
  constructor(
    private readonly units: Units,
    order: Int32Array,
    senior: readonly boolean[],
  ) {
    const picked: [number[], number[]] = [[], []];
    for (const u of order) {
      if (!senior[units.owner[u]!] || units.flags[u]! & NEEDS_SENIOR) continue;
      if (units.value[u]! > 0) picked[units.flags[u]! & KEEP_WITH_OWNER ? 1 : 0].push(u);
    }
    this.lists = [Int32Array.from(picked[0]), Int32Array.from(picked[1])];
    this.alive = this.lists.map((list) =>
      Int32Array.from({ length: list.length + 1 }, (_, i) => i),
    ) as [Int32Array, Int32Array];
    this.positionOf = new Int32Array(units.count).fill(-1);
    for (const list of this.lists) list.forEach((unit, at) => (this.positionOf[unit] = at));
  }

  /**
   * The largest unit not above `room` whose Senior stays at least its value above the taker
   * (`gapOf(giver)` ≥ value) and that fits the taker's `spare` visits; kept customers only when
   * `withKept` and no other unit fits. -1 when none is found.
   */
  largestFor(room: number, spare: number, withKept: boolean, gapOf: (giver: number) => number) {
    const { units } = this;
    if (!(room > 0)) return -1;
    for (let kept = 0; kept <= (withKept ? 1 : 0); kept += 1) {
      const list = this.lists[kept as 0 | 1];
      const next = this.alive[kept as 0 | 1];
      let at = nextAlive(next, firstAtMost(list, units.value, room));
      for (let seen = 0; at < list.length && seen < SCAN_LIMIT; seen += 1) {
        const unit = list[at]!;
        if (units.work[unit]! <= spare && gapOf(units.owner[unit]!) >= units.value[unit]!)
          return unit;
        at = nextAlive(next, at + 1);
      }
    }
    return -1;
  }

  /** The unit left its Senior: later searches step over it at once. */
  remove(unit: number): void {
    const at = this.positionOf[unit]!;
    if (at < 0) return;
    const kept = this.units.flags[unit]! & KEEP_WITH_OWNER ? 1 : 0;
    this.alive[kept]![at] = at + 1;
  }
}

import type { UnitLists } from './unit-lists';
import type { Units } from './units';

/** The balancer's running state that the tidying passes read and change. */
export interface MoveState {
  units: Units;
  lists: UnitLists;
  /** Per member, the metric and workload now, and the workload before balancing. */
  value: Float64Array;
  work: Float64Array;
  workBefore: Float64Array;
  /** Per unit, who holds it now, and whether it moved. */
  unitOwner: Int32Array;
  moved: Uint8Array;
  /** Per member, its band, capacity (Infinity: none) and level. */
  lowOf: Float64Array;
  highOf: Float64Array;
  capacity: readonly number[];
  senior: readonly boolean[];
}

/**
 * Moves that turned out not to be needed go back: a unit whose return leaves both its owner
 * and its taker inside their bands (and its owner within capacity) stays where it was. The
 * smallest first, so what is left moved is as few units as it can be.
 */
export function returnUnneeded(state: MoveState): void {
  const { units, value, work, workBefore, unitOwner, moved, lowOf, highOf, capacity } = state;
  const movedUnits: number[] = [];
  for (let u = 0; u < units.count; u += 1) if (moved[u]) movedUnits.push(u);
  movedUnits.sort((a, b) => units.value[a]! - units.value[b]! || a - b);
  for (const u of movedUnits) {
    const from = units.owner[u]!;
    const to = unitOwner[u]!;
    const v = units.value[u]!;
    const inside = (m: number, x: number) => x >= lowOf[m]! - 1e-9 && x <= highOf[m]! + 1e-9;
    if (!inside(to, value[to]! - v) || !inside(from, value[from]! + v)) continue;
    if (work[from]! + units.work[u]! > Math.max(capacity[from]!, workBefore[from]!)) continue;
    value[from] = value[from]! + v;
    value[to] = value[to]! - v;
    work[from] = work[from]! + units.work[u]!;
    work[to] = work[to]! - units.work[u]!;
    unitOwner[u] = from;
    moved[u] = 0;
  }
}

/**
 * Two units a giver handed one taker become one: where an unmoved unit of the giver is worth
 * about the two together (both staying inside their bands), the two go back and it moves
 * instead — one move fewer each time. The smallest pairs first. `changed`: only pairs with a
 * member changed since the last pass can merge anew (null: look at all). Returns the members
 * this pass changed (null: none).
 */
export function consolidate(state: MoveState, changed: Uint8Array | null): Uint8Array | null {
  const {
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
  } = state;
  const memberCount = value.length;
  const touched = new Uint8Array(memberCount);
  let merged = false;
  const byPair = new Map<number, number[]>();
  for (let u = 0; u < units.count; u += 1) {
    if (!moved[u]) continue;
    if (changed && !changed[units.owner[u]!] && !changed[unitOwner[u]!]) continue;
    const key = units.owner[u]! * memberCount + unitOwner[u]!;
    const list = byPair.get(key);
    if (list) list.push(u);
    else byPair.set(key, [u]);
  }
  for (const [key, list] of byPair) {
    const giver = Math.floor(key / memberCount);
    const taker = key % memberCount;
    list.sort((a, b) => units.value[a]! - units.value[b]! || a - b);
    for (let i = 0; i + 1 < list.length;) {
      const a = list[i]!;
      const b = list[i + 1]!;
      const pair = units.value[a]! + units.value[b]!;
      const pairWork = units.work[a]! + units.work[b]!;
      // The one unit's value: the pair's, give or take what both bands still allow.
      const least = pair + Math.max(lowOf[taker]! - value[taker]!, value[giver]! - highOf[giver]!);
      const most = pair + Math.min(highOf[taker]! - value[taker]!, value[giver]! - lowOf[giver]!);
      const spare = capacity[taker]! - work[taker]! + pairWork;
      // Any unit, kept customers too: one move instead of two is the fewer changes for all.
      const c = lists.find(giver, most, true, senior[taker]!, spare).unit;
      const giverWork = work[giver]! + pairWork - (c >= 0 ? units.work[c]! : 0);
      if (
        c < 0 ||
        units.value[c]! < least - 1e-9 ||
        giverWork > Math.max(capacity[giver]!, workBefore[giver]!)
      ) {
        i += 1;
        continue;
      }
      unitOwner[a] = giver;
      unitOwner[b] = giver;
      moved[a] = 0;
      moved[b] = 0;
      value[taker] = value[taker]! - pair + units.value[c]!;
      value[giver] = value[giver]! + pair - units.value[c]!;
      work[taker] = work[taker]! - pairWork + units.work[c]!;
      work[giver] = work[giver]! + pairWork - units.work[c]!;
      unitOwner[c] = taker;
      moved[c] = 1;
      lists.remove(c);
      touched[giver] = 1;
      touched[taker] = 1;
      merged = true;
      i += 2;
    }
  }
  return merged ? touched : null;
}

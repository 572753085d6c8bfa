import { balanceResult, type BalanceResult } from '../balance-result';
import { MAX_PASSES, ROUNDS } from '../auto-balance';
import { memberBands } from '../member-bands';
import type { StuckReason } from '../outside-reasons';
import {
  KEEP_WITH_OWNER,
  NEEDS_SENIOR,
  spreadOf,
  totalsByMember,
  type BalanceProblem,
} from '../problem';
import { buildUnits } from '../units';
import { CutCheck, territoryPieces } from './pieces';

/** The postal map's areas as territories: who holds each area, and which areas border. */
export interface AreaTerritories {
  /** Per area, the member (index into the problem's members) whose territory it is; -1: none. */
  owner: Int32Array;
  neighbours: readonly (readonly number[])[];
}

export interface ContiguousResult extends BalanceResult {
  /** Per area, its member after the proposal (-1: none, as before). */
  areaOwner: Int32Array;
  movedAreas: number;
  /** Per member, the pieces of their territory before and after. */
  piecesBefore: Int32Array;
  piecesAfter: Int32Array;
}

/**
 * Auto-balance that keeps territories in one piece: whole postal areas move (the problem's
 * `group` is each account's area, -1 for accounts that stay: pinned or not on the map), only to
 * a member whose territory borders the area, and never when the giver's territory would fall
 * apart (one already in pieces never gets more). Every move brings the two members closer to
 * their bands — the largest step first — so no area moves that the balance does not need.
 * Existing customers' areas move only when nothing else helps. Senior-only accounts, pins and
 * capacities as in `autoBalance`.
 */
export function balanceContiguous(
  problem: BalanceProblem,
  potential: Float64Array,
  territories: AreaTerritories,
  /** Told of each move as it is made (tests replay them). */
  onMove?: (area: number, giver: number, taker: number) => void,
): ContiguousResult {
  const memberCount = problem.members.length;
  const areaCount = territories.owner.length;
  const { neighbours } = territories;
  const units = buildUnits(problem);
  const before = totalsByMember(problem, problem.value);
  const workBefore = totalsByMember(problem, problem.work);
  const value = Float64Array.from(before);
  const work = Float64Array.from(workBefore);
  const spreadBefore = spreadOf(before);
  const mean = spreadBefore.mean;
  // Gains below this are rounding (values are cents, up to billions).
  const EPS = Math.max(1e-9, mean * 1e-9);
  const spread = 2 * problem.tolerance * mean;
  const bands = memberBands(problem, units, mean, problem.tolerance);
  const { low: lowOf, high: highOf } = bands;
  const senior = problem.members.map((m) => m.level === 'senior');
  const capacity = problem.members.map((m) => (m.capacity > 0 ? m.capacity : Infinity));

  // Each movable unit is one member's accounts in one area: the area's, as it follows its owner.
  const areaOwner = Int32Array.from(territories.owner);
  const areaUnit = new Int32Array(areaCount).fill(-1);
  const unitCost = new Float64Array(units.count);
  for (let u = 0; u < units.count; u += 1) {
    const area = problem.group ? problem.group[units.accounts[units.start[u]!]!]! : -1;
    for (let i = units.start[u]!; i < units.start[u + 1]!; i += 1)
      unitCost[u] = unitCost[u]! + potential[units.accounts[i]!]!;
    if (area >= 0 && area < areaCount && areaOwner[area] === units.owner[u]) areaUnit[area] = u;
  }
  const areasOf = Array.from({ length: memberCount }, () => new Set<number>());
  areaOwner.forEach((m, a) => m >= 0 && m < memberCount && areasOf[m]!.add(a));
  const piecesBefore = territoryPieces(areaOwner, neighbours, memberCount);
  const cut = new CutCheck(areaOwner, neighbours);
  const unitOwner = Int32Array.from(units.owner);
  const moved = new Uint8Array(units.count);
  const reasons: Array<StuckReason | null> = new Array<StuckReason | null>(memberCount).fill(null);

  const excess = (m: number, v: number) => Math.max(0, v - highOf[m]!) + Math.max(0, lowOf[m]! - v);
  /** How much nearer their bands the pair gets when `giver` hands `taker` this much. */
  const gain = (giver: number, taker: number, x: number) =>
    excess(giver, value[giver]!) +
    excess(taker, value[taker]!) -
    excess(giver, value[giver]! - x) -
    excess(taker, value[taker]! + x);

  interface Candidate {
    area: number;
    taker: number;
    gain: number;
    /** How much nearer each other the pair ends (the relaxed round's measure). */
    closer: number;
  }
  let relaxed = false;
  /**
   * Moves of `area` to each bordering member that bring both nearer their bands; relaxed, also
   * those that leave the pair as far from their bands but nearer each other (at most halfway,
   * and only between members more than a band's width apart), so a surplus can pass through
   * members inside their band (or below it) on its way to someone short.
   */
  const offers = (area: number, withKept: boolean, into: Candidate[], only = -1) => {
    const u = areaUnit[area]!;
    const giver = areaOwner[area]!;
    if (u < 0 || !(units.value[u]! > 0) || (!withKept && units.flags[u]! & KEEP_WITH_OWNER)) return;
    for (const b of neighbours[area]!) {
      const taker = areaOwner[b]!;
      if (taker < 0 || taker === giver || (only >= 0 && taker !== only)) continue;
      if (into.some((c) => c.area === area && c.taker === taker)) continue;
      if (units.flags[u]! & NEEDS_SENIOR && !senior[taker]) continue;
      if (work[taker]! + units.work[u]! > capacity[taker]! + 1e-9) continue;
      const x = units.value[u]!;
      const g = gain(giver, taker, x);
      const gap = value[giver]! - value[taker]!;
      if (g > EPS) into.push({ area, taker, gain: g, closer: 0 });
      else if (relaxed && g > -EPS && 2 * x <= gap && gap > spread)
        into.push({ area, taker, gain: 0, closer: x * (gap - x) });
    }
  };

  let moves = 0;
  const move = (area: number, taker: number) => {
    const u = areaUnit[area]!;
    const giver = areaOwner[area]!;
    onMove?.(area, giver, taker);
    value[giver] = value[giver]! - units.value[u]!;
    value[taker] = value[taker]! + units.value[u]!;
    work[giver] = work[giver]! - units.work[u]!;
    work[taker] = work[taker]! + units.work[u]!;
    areaOwner[area] = taker;
    areasOf[giver]!.delete(area);
    areasOf[taker]!.add(area);
    unitOwner[u] = taker;
    moved[u] = unitOwner[u] === units.owner[u] ? 0 : 1;
    moves += 1;
  };

  /** One member out of band: its best move that keeps every territory whole, if any. */
  const step = (withKept: boolean, stuck: Uint8Array): boolean => {
    let member = -1;
    let worst = EPS;
    for (let m = 0; m < memberCount; m += 1) {
      const out = excess(m, value[m]!);
      if (!stuck[m] && out > worst) {
        worst = out;
        member = m;
      }
    }
    if (member < 0) return false;
    const found: Candidate[] = [];
    if (value[member]! > highOf[member]!) {
      for (const area of areasOf[member]!) offers(area, withKept, found);
    } else {
      for (const mine of areasOf[member]!)
        for (const area of neighbours[mine]!)
          if (areaOwner[area]! >= 0 && areaOwner[area] !== member)
            offers(area, withKept, found, member);
    }
    // The largest step first; among equals the area with less potential, then the first.
    found.sort(
      (a, b) =>
        b.gain - a.gain ||
        b.closer - a.closer ||
        unitCost[areaUnit[a.area]!]! - unitCost[areaUnit[b.area]!]! ||
        a.area - b.area ||
        a.taker - b.taker,
    );
    for (const { area, taker } of found) {
      if (!cut.keepsWhole(area, areasOf[areaOwner[area]!]!.size)) continue;
      move(area, taker);
      return true;
    }
    stuck[member] = 1;
    // Moves that would have helped but cut a territory, or no other territory borders theirs.
    const bordered = [...areasOf[member]!].some((a) =>
      neighbours[a]!.some((b) => areaOwner[b]! >= 0 && areaOwner[b] !== member),
    );
    reasons[member] = found.length > 0 || !bordered ? 'contiguity' : null;
    return true;
  };

  // Existing customers' areas only in the second round; the third lets surpluses travel.
  for (const [withKept, relax] of ROUNDS) {
    relaxed = relax;
    for (let pass = 0, progress = true; progress && pass < MAX_PASSES; pass += 1) {
      const stuck = new Uint8Array(memberCount);
      const movesBefore = moves;
      while (step(withKept, stuck));
      progress = moves > movesBefore;
    }
  }

  return {
    ...balanceResult({
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
    }),
    areaOwner,
    movedAreas: moved.reduce((sum, m) => sum + m, 0),
    piecesBefore,
    piecesAfter: territoryPieces(areaOwner, neighbours, memberCount),
  };
}

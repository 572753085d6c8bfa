import type { Highs } from 'highs';
import { balanceResult } from '../balance-result';
import { balanceExactly } from '../exact/solve-exact';
import type { ExactOptions, ExactStatus } from '../exact/run-model';
import { memberBands } from '../member-bands';
import { spreadOf, totalsByMember, type BalanceProblem } from '../problem';
import { buildUnits } from '../units';
import {
  balanceContiguous,
  type AreaTerritories,
  type ContiguousResult,
} from './balance-contiguous';
import { CutCheck, territoryPieces } from './pieces';

/** How exact mode went when territories stay in one piece. */
export interface ContiguousExactOutcome {
  /** How the solver ended its search among moves to bordering territories. */
  status: ExactStatus;
  /** Areas the solver's proposal moves, and how many of them could be made one by one
   * without a territory falling apart. */
  solverAreas: number;
  keptAreas: number;
  /** Which proposal is shown: the solver's (kept moves, then the fast search from there) or the
   * fast one where that was better. */
  chosen: 'exact' | 'fast';
  fastAreas: number;
  seconds: number;
}

/**
 * Exact mode with territories kept in one piece, as a repair: HiGHS searches the fewest moves
 * (or least moved potential) with each area allowed only to a territory it borders now; its
 * moves are then made one at a time where they keep every territory whole (the rest dropped),
 * the fast area search evens out what is left, and the better of that and the fast proposal is
 * kept — fewer members' excess past their bands first, then fewer moves. The solver's proof
 * covers its own program, not the repaired proposal: no gap is claimed for it.
 */
export function balanceContiguousExactly(
  highs: Highs,
  problem: BalanceProblem,
  potential: Float64Array,
  territories: AreaTerritories,
  options: Pick<ExactOptions, 'cost' | 'timeLimit' | 'onProgress' | 'cancelled'>,
): { result: ContiguousResult; outcome: ContiguousExactOutcome } {
  const started = performance.now();
  const fast = balanceContiguous(problem, potential, territories);
  const { neighbours } = territories;
  const units = buildUnits(problem);
  const areaOf = Int32Array.from({ length: units.count }, (_, u) =>
    problem.group ? problem.group[units.accounts[units.start[u]!]!]! : -1,
  );
  const bordering = Array.from(areaOf, (a, u) => {
    const near = new Set<number>();
    if (a >= 0) for (const b of neighbours[a]!) near.add(territories.owner[b]!);
    near.delete(-1);
    near.delete(units.owner[u]!);
    return near;
  });
  const proposal = balanceExactly(highs, problem, potential, {
    ...options,
    allowed: (u, m) => bordering[u]!.has(m),
  });

  // The solver's moves, made one at a time while each borders its taker and cuts nobody.
  const owner = Int32Array.from(territories.owner);
  const areas = new Int32Array(problem.members.length);
  owner.forEach((m) => m >= 0 && (areas[m] = areas[m]! + 1));
  const work = totalsByMember(problem, problem.work);
  const limit = problem.members.map((m, i) =>
    m.capacity > 0 ? Math.max(m.capacity, work[i]!) : Infinity,
  );
  const cut = new CutCheck(owner, neighbours);
  let pending: number[] = [];
  for (let u = 0; u < units.count; u += 1) {
    const to = proposal.newOwner[units.accounts[units.start[u]!]!]!;
    if (to >= 0 && areaOf[u]! >= 0) pending.push(u);
  }
  const solverAreas = pending.length;
  for (let progress = true; progress;) {
    progress = false;
    pending = pending.filter((u) => {
      const area = areaOf[u]!;
      const giver = owner[area]!;
      const taker = proposal.newOwner[units.accounts[units.start[u]!]!]!;
      if (!neighbours[area]!.some((b) => owner[b] === taker)) return true;
      if (work[taker]! + units.work[u]! > limit[taker]! + 1e-9) return true;
      if (!cut.keepsWhole(area, areas[giver]!)) return true;
      owner[area] = taker;
      areas[giver] = areas[giver]! - 1;
      areas[taker] = areas[taker]! + 1;
      work[giver] = work[giver]! - units.work[u]!;
      work[taker] = work[taker]! + units.work[u]!;
      progress = true;
      return false;
    });
  }
  const keptAreas = solverAreas - pending.length;

  // From there, the fast area search evens out what the dropped moves left.
  const moved = Int32Array.from(problem.owner, (m, a) => {
    const area = problem.group ? problem.group[a]! : -1;
    return area >= 0 && m >= 0 ? owner[area]! : m;
  });
  const finished = balanceContiguous({ ...problem, owner: moved }, potential, {
    owner,
    neighbours,
  });
  const exact = resultForAreas(problem, territories, finished.areaOwner, finished.reasons);
  const better = score(exact, options.cost, potential) < score(fast, options.cost, potential);
  return {
    result: better ? exact : fast,
    outcome: {
      status: proposal.status,
      solverAreas,
      keptAreas,
      chosen: better ? 'exact' : 'fast',
      fastAreas: fast.movedAreas,
      seconds: (performance.now() - started) / 1000,
    },
  };
}

/** Excess past the members' bands first (in whole means, dominant), then the moves' cost. */
function score(result: ContiguousResult, cost: ExactOptions['cost'], potential: Float64Array) {
  const mean = result.spreadBefore.mean || 1;
  let excess = 0;
  result.after.forEach((v, m) => {
    excess +=
      Math.max(0, v - result.memberBand.high[m]!) + Math.max(0, result.memberBand.low[m]! - v);
  });
  let moves = 0;
  result.newOwner.forEach((to, a) => {
    if (to >= 0) moves += cost === 'potential' ? potential[a]! : 1;
  });
  const movesScale = cost === 'potential' ? potential.reduce((s, p) => s + p, 0) || 1 : 1e9;
  return Math.round((excess / mean) * 1e6) + moves / movesScale;
}

/** The proposal where each area ends with `areaOwner`, in the original problem's terms. */
function resultForAreas(
  problem: BalanceProblem,
  territories: AreaTerritories,
  areaOwner: Int32Array,
  reasons: ContiguousResult['reasons'],
): ContiguousResult {
  const units = buildUnits(problem);
  const unitOwner = Int32Array.from(units.owner);
  const movedUnits = new Uint8Array(units.count);
  for (let u = 0; u < units.count; u += 1) {
    const area = problem.group ? problem.group[units.accounts[units.start[u]!]!]! : -1;
    if (area < 0) continue;
    unitOwner[u] = areaOwner[area]!;
    movedUnits[u] = unitOwner[u] === units.owner[u] ? 0 : 1;
  }
  const owners = Int32Array.from(problem.owner);
  for (let u = 0; u < units.count; u += 1)
    for (let i = units.start[u]!; i < units.start[u + 1]!; i += 1)
      owners[units.accounts[i]!] = unitOwner[u]!;
  const before = totalsByMember(problem, problem.value);
  const mean = spreadOf(before).mean;
  const members = problem.members.length;
  return {
    ...balanceResult({
      problem,
      units,
      unitOwner,
      moved: movedUnits,
      before,
      after: totalsByMember(problem, problem.value, owners),
      workBefore: totalsByMember(problem, problem.work),
      workAfter: totalsByMember(problem, problem.work, owners),
      bands: memberBands(problem, units, mean, problem.tolerance),
      searched: reasons,
    }),
    reasons,
    areaOwner,
    movedAreas: movedUnits.reduce((sum, m) => sum + m, 0),
    piecesBefore: territoryPieces(territories.owner, territories.neighbours, members),
    piecesAfter: territoryPieces(areaOwner, territories.neighbours, members),
  };
}

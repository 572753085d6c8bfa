import type { Highs } from 'highs';
import { memberBands, uniformBands, type MemberBands } from '../member-bands';
import { spreadOf, totalsByMember, type BalanceProblem } from '../problem';
import { buildUnits } from '../units';
import { minMovesModel, minSlackModel, type ExactModel } from './exact-model';
import { fromRelaxation } from './from-relaxation';
import {
  isCount,
  MEMORY_LIMIT,
  movesOf,
  run,
  startObjective,
  startValues,
  type ExactOptions,
  type ExactProposal,
  type ExactSolve,
} from './run-model';
import type { Units } from '../units';

export type { ExactOptions, ExactProposal, ExactSolve, ExactStatus } from './run-model';

/**
 * The largest team exact mode is offered for (accounts of the chosen members): beyond it the
 * program outgrows the solver's memory before it gets anywhere (10,000 accounts and 30 members
 * already fill a gigabyte within two minutes).
 */
export const EXACT_MAX_ACCOUNTS = 20_000;

/** How far past their bands the members end with `newOwner` (a fraction of the mean). */
function slackOf(
  problem: BalanceProblem,
  bands: MemberBands,
  mean: number,
  newOwner: Int32Array,
): number {
  const owners = problem.owner.map((m, a) => (newOwner[a]! >= 0 ? newOwner[a]! : m));
  const after = totalsByMember(problem, problem.value, owners);
  let slack = 0;
  after.forEach((v, m) => {
    slack = Math.max(slack, (v - bands.high[m]!) / mean, (bands.low[m]! - v) / mean);
  });
  return mean > 0 ? slack : 0;
}

/**
 * The fewest moves (or least moved potential) that bring every member within ±`band` of the
 * mean (or into its own band), as the solver proves it (or as far as it got within the time
 * limit).
 */
export function solveMinMoves(
  highs: Highs,
  problem: BalanceProblem,
  potential: Float64Array,
  band: number | MemberBands,
  options: ExactOptions,
): ExactSolve {
  const units = buildUnits(problem);
  const bands = typeof band === 'number' ? uniformBands(problem, band) : band;
  const model = minMovesModel(problem, units, bands, options.cost, potential);
  const { values: _, ...solve } = run(
    highs,
    model,
    units,
    problem.owner.length,
    options.timeLimit,
    options,
  );
  return solve;
}

/**
 * The fewest moves a minimise-moves program allows: a proposal from its LP relaxation first
 * (see fromRelaxation; at most a third of the time, half the memory), then HiGHS's full search
 * from the better of that and `start`. The relaxation's bound stands where the full search
 * proves less (memory ran out before its root was done); the relaxation's proposal stands where
 * the full search returns nothing better. 'infeasible' as soon as the relaxation shows that no
 * proposal reaches the bands.
 */
function fewestMoves(
  highs: Highs,
  problem: BalanceProblem,
  potential: Float64Array,
  model: ExactModel,
  units: Units,
  seconds: number,
  options: ExactOptions,
  start?: { owner: Int32Array; slack: number },
): ExactSolve & { values: Float64Array | null } {
  const started = performance.now();
  const accounts = problem.owner.length;
  const relaxation = fromRelaxation(
    highs,
    problem,
    potential,
    model,
    units,
    seconds / 3,
    options,
    MEMORY_LIMIT / 2,
  );
  if (relaxation.relaxation === 'infeasible')
    return {
      status: 'infeasible',
      newOwner: new Int32Array(accounts).fill(-1),
      movedUnits: 0,
      movedAccounts: 0,
      objective: Infinity,
      bound: Infinity,
      gap: 0,
      values: null,
    };
  const count = isCount(model);
  const relaxed = count ? Math.ceil(relaxation.bound - 1e-6) : relaxation.bound;
  const fromStart = start ? startObjective(model, units, start) : Infinity;
  const valuesOf = (owner: Int32Array) => startValues(model, units, { owner, slack: 0 });
  const better =
    relaxation.proposal && relaxation.proposal.objective < fromStart
      ? {
          objective: relaxation.proposal.objective,
          ...movesOf(model, units, accounts, valuesOf(relaxation.proposal.newOwner)),
        }
      : null;
  if (better) options.onImproved?.(better.newOwner, better.movedAccounts);
  const best = better?.objective ?? fromStart;
  options.onProgress?.({
    gap: Number.isFinite(best) && best > 0 ? Math.max(0, (best - relaxed) / best) : null,
    seconds: (performance.now() - started) / 1000,
  });
  // Already at the relaxation's bound: nothing does better.
  if (better && better.objective <= relaxed + (count ? 0 : 1e-9))
    return {
      ...better,
      status: 'optimal',
      bound: better.objective,
      gap: 0,
      values: valuesOf(better.newOwner),
    };
  const left = seconds - (performance.now() - started) / 1000;
  const full = run(
    highs,
    model,
    units,
    accounts,
    Math.max(0.1, left),
    options,
    better ? { owner: better.newOwner, slack: 0 } : start,
  );
  const bound = Math.max(full.bound, relaxed);
  if (!better || (full.values && full.objective <= better.objective)) {
    const proven = full.status === 'optimal' || (full.values !== null && full.objective <= bound);
    return proven
      ? { ...full, status: 'optimal', bound: full.objective, gap: 0 }
      : {
          ...full,
          bound,
          gap: full.values && full.objective > 0 ? (full.objective - bound) / full.objective : 0,
        };
  }
  return {
    ...better,
    status: full.status === 'infeasible' ? 'timeLimit' : full.status,
    bound,
    gap: better.objective > 0 ? Math.max(0, (better.objective - bound) / better.objective) : 0,
    values: valuesOf(better.newOwner),
  };
}

/** Each member's band widened by `slack` (a fraction of the mean) on both sides. */
function widened(bands: MemberBands, mean: number, slack: number): MemberBands {
  return {
    low: bands.low.map((v) => v - slack * mean),
    high: bands.high.map((v) => v + slack * mean),
  };
}

/**
 * Exact balancing: every member into its band (the tolerance, widened only where the rules
 * force it) with the fewest moves; where that cannot be reached, first the least slack past the
 * bands the rules allow, then the fewest moves that reach it. Half the time goes to each stage
 * when both are needed.
 */
export function balanceExactly(
  highs: Highs,
  problem: BalanceProblem,
  potential: Float64Array,
  options: ExactOptions,
): ExactProposal {
  const started = performance.now();
  const left = () => options.timeLimit - (performance.now() - started) / 1000;
  const units = buildUnits(problem);
  const before = totalsByMember(problem, problem.value);
  const mean = spreadOf(before).mean;
  const bands = memberBands(problem, units, mean, problem.tolerance);
  const accounts = problem.owner.length;
  const finish = (solve: ExactSolve, slack: number, slackBound: number): ExactProposal => {
    const after = Float64Array.from(before);
    for (let a = 0; a < accounts; a += 1) {
      const to = solve.newOwner[a]!;
      if (to < 0) continue;
      after[problem.owner[a]!] = after[problem.owner[a]!]! - problem.value[a]!;
      after[to] = after[to]! + problem.value[a]!;
    }
    const deviation = spreadOf(after).maxDeviation;
    return { ...solve, bands, slack, slackBound, after, deviation };
  };

  // A start that reaches every band proves they can be reached: all the time for the moves.
  const startSlack = options.start ? slackOf(problem, bands, mean, options.start) : Infinity;
  const reachable = startSlack <= 1e-9;
  const within = fewestMoves(
    highs,
    problem,
    potential,
    minMovesModel(problem, units, bands, options.cost, potential, options.allowed),
    units,
    reachable ? left() : left() / 2,
    options,
    reachable ? { owner: options.start!, slack: 0 } : undefined,
  );
  if (within.status !== 'infeasible' && within.values) return finish(within, 0, 0);
  if (within.status === 'cancelled') return finish(within, Infinity, 0);

  // The bands are out of reach (or not proven reachable in time): how close can we get?
  const closest = run(
    highs,
    minSlackModel(problem, units, bands, options.allowed),
    units,
    accounts,
    left() / 2,
    options,
    options.start ? { owner: options.start, slack: startSlack } : undefined,
  );
  if (!closest.values || closest.status === 'cancelled')
    return finish(
      { ...closest, newOwner: new Int32Array(accounts).fill(-1), movedUnits: 0, movedAccounts: 0 },
      Infinity,
      closest.bound,
    );
  // A hair of room: the slack the solver reached, not one rounding error tighter.
  const slack = closest.values[closest.values.length - 1]! * (1 + 1e-7) + 1e-9;
  const fewest = fewestMoves(
    highs,
    problem,
    potential,
    minMovesModel(
      problem,
      units,
      widened(bands, mean, slack),
      options.cost,
      potential,
      options.allowed,
    ),
    units,
    Math.max(0.5, left()),
    options,
  );
  const best = fewest.values ? fewest : closest;
  return finish(best, slack, closest.bound);
}

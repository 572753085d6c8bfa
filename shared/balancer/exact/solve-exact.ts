import type { Highs } from 'highs';
import { memberBands, uniformBands, type MemberBands } from '../member-bands';
import { spreadOf, totalsByMember, type BalanceProblem } from '../problem';
import { buildUnits } from '../units';
import { minMovesModel, minSlackModel } from './exact-model';
import { run, type ExactOptions, type ExactProposal, type ExactSolve } from './run-model';

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
  const within = run(
    highs,
    minMovesModel(problem, units, bands, options.cost, potential, options.allowed),
    units,
    accounts,
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
  const fewest = run(
    highs,
    minMovesModel(
      problem,
      units,
      widened(bands, mean, slack),
      options.cost,
      potential,
      options.allowed,
    ),
    units,
    accounts,
    Math.max(0.5, left()),
    options,
  );
  const best = fewest.values ? fewest : closest;
  return finish(best, slack, closest.bound);
}

import type { Highs } from 'highs';
import { spreadOf, totalsByMember, type BalanceProblem } from '../problem';
import { buildUnits, type Units } from '../units';
import { memberBands, uniformBands, type MemberBands } from '../member-bands';
import { minMovesModel, minSlackModel, type ExactModel, type MoveCost } from './exact-model';

export type ExactStatus = 'optimal' | 'timeLimit' | 'cancelled' | 'infeasible';

export interface ExactProgress {
  /** Relative distance between the best proposal found and the proven bound (null: none yet). */
  gap: number | null;
  /** Seconds the solver has run. */
  seconds: number;
}

export interface ExactOptions {
  cost: MoveCost;
  /** The solver's time budget for the whole proposal, in seconds. */
  timeLimit: number;
  onProgress?: (progress: ExactProgress) => void;
  /** Asked while the solver runs: true stops it with the best proposal so far. */
  cancelled?: () => boolean;
  /** A proposal to start from (per account, the member it moves to, or -1), e.g. the fast
   * balancer's: the solver begins with it as its best so far, and never returns worse. */
  start?: Int32Array;
}

export interface ExactSolve {
  status: ExactStatus;
  /** Per account, the member it moves to, or -1 where it stays (all -1 without a solution). */
  newOwner: Int32Array;
  movedUnits: number;
  movedAccounts: number;
  /** The objective reached (moves or relative potential) and the best possible (proven). */
  objective: number;
  bound: number;
  /** (objective − bound) ÷ objective; 0 when proven optimal. */
  gap: number;
}

export interface ExactProposal extends ExactSolve {
  /** Per member, the band asked for (the tolerance, widened where the rules force it). */
  bands: MemberBands;
  /** How far past their bands members may end (fraction of the mean): 0 when every band was
   * reached, else the least the solver found. */
  slack: number;
  /** The least slack any assignment under the rules needs, proven by the solver. */
  slackBound: number;
  after: Float64Array;
  /** The largest deviation from the mean after the proposal (fraction of the mean). */
  deviation: number;
}

/** The start proposal as column values: a unit moves where its first account moves. */
function startValues(
  model: ExactModel,
  units: Units,
  start: { owner: Int32Array; slack: number },
): Float64Array {
  const values = new Float64Array(model.numCols);
  for (let j = 0; j < model.unit.length; j += 1) {
    const u = model.unit[j]!;
    if (start.owner[units.accounts[units.start[u]!]!] === model.member[j]) values[j] = 1;
  }
  if (model.slack >= 0) values[model.slack] = start.slack;
  return values;
}

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

/** Every cost a whole number and every column an integer: the objective only takes whole values. */
function isCount(model: ExactModel): boolean {
  for (let j = 0; j < model.numCols; j += 1)
    if (model.colCost[j] !== 0 && (!model.integrality[j] || !Number.isInteger(model.colCost[j])))
      return false;
  return true;
}

/** Runs one program with the remaining time; reads the moves back per account. */
function run(
  highs: Highs,
  model: ExactModel,
  units: Units,
  accounts: number,
  timeLimit: number,
  options: Pick<ExactOptions, 'onProgress' | 'cancelled'>,
  start?: { owner: Int32Array; slack: number },
): ExactSolve & { values: Float64Array | null } {
  const { callbackType, modelStatus } = highs.constants;
  const solver = highs.createModel();
  try {
    solver.options.set({
      output_flag: false,
      time_limit: Math.max(0.1, timeLimit),
      mip_rel_gap: 0,
      // Counting moves, the objective is a whole number: a best so far less than one move
      // above the proven bound is the optimum.
      mip_abs_gap: isCount(model) ? 1 - 1e-6 : 1e-9,
    });
    solver.passModel({
      numCols: model.numCols,
      numRows: model.numRows,
      colCost: model.colCost,
      colLower: model.colLower,
      colUpper: model.colUpper,
      rowLower: model.rowLower.map((v) => (v === -Infinity ? -highs.infinity : v)),
      rowUpper: model.rowUpper.map((v) => (v === Infinity ? highs.infinity : v)),
      matrix: model.matrix,
      integrality: model.integrality as unknown as Int32Array,
    } as Parameters<typeof solver.passModel>[0]);
    if (start) solver.setSolution({ colValue: startValues(model, units, start) });
    let stopped = false;
    const result = solver.run({
      [callbackType.mipInterrupt](event) {
        if (options.cancelled?.()) {
          stopped = true;
          event.interrupt();
        }
        return undefined;
      },
      [callbackType.mipLogging](event) {
        const gap = event.data.mip_gap;
        options.onProgress?.({
          gap: gap === undefined || !Number.isFinite(gap) ? null : gap,
          seconds: event.data.running_time ?? 0,
        });
        return undefined;
      },
    });
    const status: ExactStatus =
      result.modelStatus === modelStatus.optimal
        ? 'optimal'
        : result.modelStatus === modelStatus.infeasible
          ? 'infeasible'
          : stopped || result.modelStatus === modelStatus.interrupted
            ? 'cancelled'
            : 'timeLimit';
    const hasSolution =
      status !== 'infeasible' && Number(solver.info.get('primal_solution_status')) === 2;
    const values = hasSolution ? solver.getSolution().colValue : null;
    const newOwner = new Int32Array(accounts).fill(-1);
    let movedUnits = 0;
    let movedAccounts = 0;
    if (values)
      for (let j = 0; j < model.unit.length; j += 1) {
        if (values[j]! < 0.5) continue;
        const u = model.unit[j]!;
        movedUnits += 1;
        for (let i = units.start[u]!; i < units.start[u + 1]!; i += 1) {
          newOwner[units.accounts[i]!] = model.member[j]!;
          movedAccounts += 1;
        }
      }
    const objective = values ? solver.getObjectiveValue() : Infinity;
    const dual = Number(solver.info.get('mip_dual_bound'));
    const proven = Number.isFinite(dual) ? Math.max(0, dual) : 0;
    const bound =
      status === 'optimal' ? objective : isCount(model) ? Math.ceil(proven - 1e-6) : proven;
    return {
      status,
      newOwner,
      movedUnits,
      movedAccounts,
      objective,
      bound,
      gap: values && objective > 0 ? Math.max(0, (objective - bound) / objective) : 0,
      values,
    };
  } finally {
    solver.dispose();
  }
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
    minMovesModel(problem, units, bands, options.cost, potential),
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
    minSlackModel(problem, units, bands),
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
    minMovesModel(problem, units, widened(bands, mean, slack), options.cost, potential),
    units,
    accounts,
    Math.max(0.5, left()),
    options,
  );
  const best = fewest.values ? fewest : closest;
  return finish(best, slack, closest.bound);
}

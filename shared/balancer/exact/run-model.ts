import type { Highs } from 'highs';
import type { MemberBands } from '../member-bands';
import type { Units } from '../units';
import type { AllowedMove, ExactModel, MoveCost } from './exact-model';

/** 'memoryLimit': the search tree outgrew the solver's memory; the best so far stands. */
export type ExactStatus = 'optimal' | 'timeLimit' | 'memoryLimit' | 'cancelled' | 'infeasible';

/**
 * HiGHS's WebAssembly memory cannot grow past 2 GiB, and running out aborts the whole runtime:
 * the search stops well before that, keeping its best. (Capacity never shrinks, so each
 * proposal should load its own runtime.)
 */
export const MEMORY_LIMIT = 2 ** 30;

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
  /** Each better proposal the solver finds on the way (per account, the member it moves to,
   * or -1), so stopping early can keep the best so far. Only while counting moves. */
  onImproved?: (newOwner: Int32Array, movedAccounts: number) => void;
  /** A proposal to start from (per account, the member it moves to, or -1), e.g. the fast
   * balancer's: the solver begins with it as its best so far, and never returns worse. */
  start?: Int32Array;
  /** Moves allowed beyond the rules (e.g. only to bordering territories); absent: all. */
  allowed?: AllowedMove;
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
export function startValues(
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

/** What the start proposal costs in the program's objective (its moves, or moved potential). */
export function startObjective(
  model: ExactModel,
  units: Units,
  start: { owner: Int32Array; slack: number },
): number {
  const values = startValues(model, units, start);
  let sum = 0;
  for (let j = 0; j < model.numCols; j += 1) sum += values[j]! * model.colCost[j]!;
  return sum;
}

/**
 * Whether a proposal satisfies the program itself: each unit's accounts move together, only
 * along the program's columns (the rules and the caller's allowed moves), every row (bands,
 * capacities) within its bounds. For proposals made outside the solver.
 */
export function fitsModel(
  model: ExactModel,
  units: Units,
  start: { owner: Int32Array; slack: number },
): boolean {
  const inUnit = new Uint8Array(start.owner.length);
  let movedUnits = 0;
  for (let u = 0; u < units.count; u += 1) {
    const first = start.owner[units.accounts[units.start[u]!]!]!;
    for (let i = units.start[u]!; i < units.start[u + 1]!; i += 1) {
      inUnit[units.accounts[i]!] = 1;
      if (start.owner[units.accounts[i]!] !== first) return false;
    }
    if (first >= 0) movedUnits += 1;
  }
  for (let a = 0; a < start.owner.length; a += 1)
    if (!inUnit[a] && start.owner[a]! >= 0) return false;
  const values = startValues(model, units, start);
  let columns = 0;
  for (let j = 0; j < model.unit.length; j += 1) columns += values[j]!;
  if (columns !== movedUnits) return false;
  const activity = new Float64Array(model.numRows);
  const { starts, indices, values: cells } = model.matrix;
  for (let j = 0; j < model.numCols; j += 1)
    if (values[j] !== 0)
      for (let k = starts[j]!; k < starts[j + 1]!; k += 1)
        activity[indices[k]!] = activity[indices[k]!]! + values[j]! * cells[k]!;
  for (let r = 0; r < model.numRows; r += 1) {
    const slackOf = (bound: number) => 1e-9 * (1 + Math.abs(bound));
    if (activity[r]! < model.rowLower[r]! - slackOf(model.rowLower[r]!)) return false;
    if (activity[r]! > model.rowUpper[r]! + slackOf(model.rowUpper[r]!)) return false;
  }
  return true;
}

/** Every cost a whole number and every column an integer: the objective only takes whole values. */
export function isCount(model: ExactModel): boolean {
  for (let j = 0; j < model.numCols; j += 1)
    if (model.colCost[j] !== 0 && (!model.integrality[j] || !Number.isInteger(model.colCost[j])))
      return false;
  return true;
}

/** A solution's moves per account (-1: stays), and how many units and accounts move. */
export function movesOf(
  model: ExactModel,
  units: Units,
  accounts: number,
  values: ArrayLike<number> | null,
) {
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
  return { newOwner, movedUnits, movedAccounts };
}

/** Runs one program with the remaining time; reads the moves back per account. */
export function run(
  highs: Highs,
  model: ExactModel,
  units: Units,
  accounts: number,
  timeLimit: number,
  options: Pick<ExactOptions, 'onProgress' | 'cancelled' | 'onImproved'>,
  start?: { owner: Int32Array; slack: number },
  memoryLimit = MEMORY_LIMIT,
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
    let full = false;
    const result = solver.run({
      [callbackType.mipInterrupt](event) {
        if (options.cancelled?.()) stopped = true;
        else if (highs.memoryBytes > memoryLimit) full = true;
        if (stopped || full) event.interrupt();
        return undefined;
      },
      [callbackType.mipImprovingSolution](event) {
        const solution = event.data.mip_solution;
        if (solution && model.slack < 0 && options.onImproved) {
          const moves = movesOf(model, units, accounts, solution);
          options.onImproved(moves.newOwner, moves.movedAccounts);
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
        : // Every column is bounded, so never unbounded: presolve's "either" means infeasible.
          result.modelStatus === modelStatus.infeasible ||
            result.modelStatus === modelStatus.unboundedOrInfeasible
          ? 'infeasible'
          : full
            ? 'memoryLimit'
            : stopped || result.modelStatus === modelStatus.interrupted
              ? 'cancelled'
              : 'timeLimit';
    const hasSolution =
      status !== 'infeasible' && Number(solver.info.get('primal_solution_status')) === 2;
    const values = hasSolution ? solver.getSolution().colValue : null;
    const { newOwner, movedUnits, movedAccounts } = movesOf(model, units, accounts, values);
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

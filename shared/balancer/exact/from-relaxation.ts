import type { Highs } from 'highs';
import { autoBalance } from '../auto-balance';
import type { BalanceProblem } from '../problem';
import type { Units } from '../units';
import type { ExactModel } from './exact-model';
import { fitsModel, run, startObjective, type ExactOptions } from './run-model';

/** The relaxation's value of a column counts as whole within this. */
const WHOLE = 1e-6;

export interface FromRelaxation {
  /** 'infeasible': not even fractional moves reach the bands — no proposal can. */
  relaxation: 'solved' | 'infeasible' | 'stopped';
  /** The relaxation's objective: no proposal does better (0 when it was not solved). */
  bound: number;
  /** A proposal built from the relaxation (per account, the member it moves to, or -1) and its
   * objective; null when none satisfied the program in time. */
  proposal: { newOwner: Int32Array; objective: number } | null;
}

/**
 * The relaxation's whole moves made, then the fast balancer from there for what the partial
 * ones leave out of band: milliseconds. Kept only where it satisfies the program (its bands
 * and allowed moves), checked against the program itself.
 */
function roundRelaxation(
  problem: BalanceProblem,
  potential: Float64Array,
  model: ExactModel,
  units: Units,
  values: ArrayLike<number>,
): { newOwner: Int32Array; objective: number } | null {
  const owner = Int32Array.from(problem.owner);
  for (let j = 0; j < model.unit.length; j += 1) {
    if (values[j]! <= 1 - WHOLE) continue;
    const u = model.unit[j]!;
    for (let i = units.start[u]!; i < units.start[u + 1]!; i += 1)
      owner[units.accounts[i]!] = model.member[j]!;
  }
  const repair = autoBalance({ ...problem, owner }, potential);
  const newOwner = Int32Array.from(owner, (m, a) => {
    const to = repair.newOwner[a]! >= 0 ? repair.newOwner[a]! : m;
    return to === problem.owner[a] ? -1 : to;
  });
  const start = { owner: newOwner, slack: 0 };
  return fitsModel(model, units, start)
    ? { newOwner, objective: startObjective(model, units, start) }
    : null;
}

/**
 * The program with each of the relaxation's whole moves fixed and only the moves among the
 * members its partial moves touch left open: a neighbourhood HiGHS searches far faster than the
 * whole program. Its proposals satisfy the whole program.
 */
function neighbourhoodOf(model: ExactModel, units: Units, values: ArrayLike<number>) {
  const memberCount = model.member.reduce((most, m) => Math.max(most, m), -1) + 1;
  const touched = new Uint8Array(memberCount);
  const partial = new Uint8Array(units.count);
  const whole = new Uint8Array(units.count);
  for (let j = 0; j < model.unit.length; j += 1) {
    const v = values[j]!;
    const u = model.unit[j]!;
    if (v > 1 - WHOLE) whole[u] = 1;
    else if (v > WHOLE) {
      partial[u] = 1;
      touched[units.owner[u]!] = 1;
      touched[model.member[j]!] = 1;
    }
  }
  const colLower = Float64Array.from(model.colLower);
  const colUpper = Float64Array.from(model.colUpper);
  for (let j = 0; j < model.unit.length; j += 1) {
    const u = model.unit[j]!;
    if (values[j]! > 1 - WHOLE) colLower[j] = 1;
    else if (whole[u]) colUpper[j] = 0;
    else if (!partial[u] && !(touched[units.owner[u]!] && touched[model.member[j]!]))
      colUpper[j] = 0;
  }
  return { ...model, colLower, colUpper };
}

/**
 * A good proposal early, for programs too large for HiGHS's own search to improve on the fast
 * balancer's (at 10,000 accounts and 30 members, 267,000 columns: two minutes without a better
 * proposal than its 2,578 moves). First the LP relaxation, seconds even there; it moves nearly
 * every unit wholly (26 of 9,500 in part). Rounded, that is 2,067 moves against the
 * relaxation's bound of 2,005. Where rounding breaks a band (a member that only the partial
 * moves brought inside), HiGHS searches the relaxation's neighbourhood instead, in what is left
 * of `timeLimit`.
 */
export function fromRelaxation(
  highs: Highs,
  problem: BalanceProblem,
  potential: Float64Array,
  model: ExactModel,
  units: Units,
  timeLimit: number,
  options: Pick<ExactOptions, 'onProgress' | 'cancelled' | 'onImproved'>,
  memoryLimit?: number,
  /** False: the rounded proposal or none, without the neighbourhood search (fast mode). */
  searchNeighbourhood = true,
): FromRelaxation {
  const started = performance.now();
  const accounts = problem.owner.length;
  const relaxed = run(
    highs,
    { ...model, integrality: new Int32Array(model.numCols) },
    units,
    accounts,
    timeLimit,
    { cancelled: options.cancelled },
  );
  if (relaxed.status === 'infeasible')
    return { relaxation: 'infeasible', bound: 0, proposal: null };
  const values = relaxed.values;
  if (relaxed.status !== 'optimal' || !values)
    return { relaxation: 'stopped', bound: 0, proposal: null };
  const done = (proposal: FromRelaxation['proposal']): FromRelaxation => ({
    relaxation: 'solved',
    bound: relaxed.objective,
    proposal,
  });
  const rounded = roundRelaxation(problem, potential, model, units, values);
  const left = timeLimit - (performance.now() - started) / 1000;
  if (rounded || left <= 0 || !searchNeighbourhood) return done(rounded);
  const found = run(
    highs,
    neighbourhoodOf(model, units, values),
    units,
    accounts,
    left,
    options,
    undefined,
    memoryLimit,
  );
  return done(found.values ? { newOwner: found.newOwner, objective: found.objective } : null);
}

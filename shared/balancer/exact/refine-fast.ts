import type { Highs } from 'highs';
import type { BalanceResult } from '../balance-result';
import type { BalanceProblem } from '../problem';
import { buildUnits } from '../units';
import { minMovesModel } from './exact-model';
import { resultOf } from './exact-result';
import { fromRelaxation } from './from-relaxation';
import { MEMORY_LIMIT, startObjective } from './run-model';

/**
 * Up to this many possible moves (units × other members) fast mode also rounds the LP
 * relaxation: about a second at 10,000 accounts and 30 members (267,000 columns), where it
 * saves a fifth of the moves. At 20,000 and 40 it took 7 s: too long for "fast".
 */
export const REFINE_MAX_MOVES = 300_000;
/** The relaxation gives up after this (HiGHS's own clock). */
const REFINE_SECONDS = 4;

/** Whether fast mode refines this problem's proposal (decided before HiGHS is loaded). */
export function refinable(problem: BalanceProblem): boolean {
  const others = problem.members.length - 1;
  if (others < 1) return false;
  // A unit is one account or more: only a team with more accounts than that needs its units.
  if (problem.owner.length * others <= REFINE_MAX_MOVES) return true;
  return buildUnits(problem).count * others <= REFINE_MAX_MOVES;
}

/**
 * Fast mode's second step for small teams: the greedy balancer's proposal against the rounded
 * LP relaxation of the fewest-moves program (fromRelaxation: its whole moves made, the greedy
 * balancer evening out the rest, checked against the program). The program keeps each member
 * inside its band or, where the greedy proposal left one outside, no further out than that:
 * nobody ends worse than in the greedy proposal. The rounded proposal is taken when it moves
 * fewer units; otherwise, or when rounding breaks a band, the greedy one stands.
 */
export function refineWithRelaxation(
  highs: Highs,
  problem: BalanceProblem,
  potential: Float64Array,
  fast: BalanceResult,
): BalanceResult {
  if (!refinable(problem)) return fast;
  const units = buildUnits(problem);
  const { low, high } = fast.memberBand;
  const bands = {
    low: Float64Array.from(low, (l, m) => Math.min(l, fast.after[m]!)),
    high: Float64Array.from(high, (h, m) => Math.max(h, fast.after[m]!)),
  };
  const model = minMovesModel(problem, units, bands, 'units', potential);
  const found = fromRelaxation(
    highs,
    problem,
    potential,
    model,
    units,
    REFINE_SECONDS,
    {},
    MEMORY_LIMIT / 2,
    false,
  );
  if (!found.proposal) return fast;
  const greedy = startObjective(model, units, { owner: fast.newOwner, slack: 0 });
  if (found.proposal.objective >= greedy) return fast;
  return resultOf(problem, fast, found.proposal.newOwner);
}

import loadHighs from 'highs';
import { autoBalance, type BalanceResult } from '@shared/balancer/auto-balance';
import { balanceExactly, type ExactProposal } from '@shared/balancer/exact/solve-exact';
import { refinable, refineWithRelaxation } from '@shared/balancer/exact/refine-fast';
import type { BalanceProblem } from '@shared/balancer/problem';
import { potentialTeam } from '../helpers/potential-team';
import { round, type Row } from './figures';

const pct = (fraction: number) => round(fraction * 100, 1);

/** The balancing problem the quality figures use: potential, ±5 %, capacity not a limit. */
export const potentialProblem = (accounts: number, members: number, asOf: string) =>
  potentialTeam(accounts, members, asOf);

/** Members ending within ±tolerance of the mean. */
function inside(after: ArrayLike<number>, problem: BalanceProblem): number {
  let sum = 0;
  for (let m = 0; m < after.length; m += 1) sum += after[m]!;
  const mean = sum / Math.max(1, after.length);
  let count = 0;
  for (let m = 0; m < after.length; m += 1)
    if (Math.abs(after[m]! - mean) <= problem.tolerance * mean + 1e-9) count += 1;
  return count;
}

export interface Optimum {
  fast: BalanceResult;
  exact: ExactProposal;
  seconds: number;
}

/**
 * The fast balancer against the proven optimum (HiGHS, started from the fast proposal, within
 * `seconds`): `autobalance.optimality_gap` = our moved accounts ÷ the optimum's at the same
 * bands (when the solver ran out of time: ÷ its best and ÷ its proven bound, the bound deciding
 * the target); `autobalance.deviation_gap`; `autobalance.exact_time`.
 */
export async function optimalityFigures(
  label: string,
  problem: BalanceProblem,
  potential: Float64Array,
  seconds: number,
): Promise<{ rows: Row[]; optimum: Optimum }> {
  const highs = await loadHighs();
  // Fast mode as the app runs it: the greedy balancer, refined by the rounded LP relaxation
  // where the team is small enough (refinable).
  const greedy = autoBalance(problem, potential);
  const refineStarted = performance.now();
  const fast = refineWithRelaxation(highs, problem, potential, greedy);
  const refineSeconds = (performance.now() - refineStarted) / 1000;
  const fastNote = refinable(problem)
    ? `; fast mode's greedy step alone ${greedy.movedAccounts}, the relaxation's rounding ${fast === greedy ? 'kept it' : `${fast.movedAccounts}`} in ${round(refineSeconds, 1)} s`
    : '';
  const started = performance.now();
  const exact = balanceExactly(highs, problem, potential, {
    cost: 'units',
    timeLimit: seconds,
    start: fast.newOwner,
  });
  const elapsed = (performance.now() - started) / 1000;
  const proven = exact.status === 'optimal';
  const members = problem.members.length;
  const ours = fast.movedAccounts;
  const gap = ours / Math.max(1, exact.movedAccounts);
  const least = Math.ceil(exact.bound - 1e-6);
  const worst = ours / Math.max(1, least);
  // The fast proposal reaches the same bands as the solver's, or it is not comparable.
  let fastSlack = 0;
  fast.after.forEach((v, m) => {
    const mean = fast.spreadBefore.mean;
    fastSlack = Math.max(
      fastSlack,
      (v - exact.bands.high[m]!) / mean,
      (exact.bands.low[m]! - v) / mean,
    );
  });
  const sameBands = fastSlack <= exact.slack + 1e-6;
  const rows: Row[] = [
    {
      id: 'autobalance.optimality_gap',
      size: label,
      baseline: proven
        ? `the optimum, proven by HiGHS: ${exact.movedAccounts} accounts`
        : `HiGHS's best ${exact.movedAccounts} accounts, proven at least ${least}; against that bound ≤ ${round(worst, 3)} (${exact.status === 'memoryLimit' ? 'its memory ran out' : `not proven in ${seconds} s`})`,
      ratio: round(gap, 3),
      value: ours,
      unit: `accounts moved${fastNote}`,
      target: '≤ 1.10 at the same bands',
      met: sameBands && (proven ? gap <= 1.1 : worst <= 1.1),
    },
    {
      id: 'autobalance.deviation_gap',
      size: label,
      value: round(pct(fast.spreadAfter.maxDeviation) - pct(exact.deviation), 1),
      unit: `points of largest deviation (ours ${pct(fast.spreadAfter.maxDeviation)} %, optimum ${pct(exact.deviation)} %; past the bands ${pct(fastSlack)} vs ${pct(exact.slack)} %; inside ±5 %: ${inside(fast.after, problem)} vs ${inside(exact.after, problem)} of ${members})`,
      target: 'report',
      met: true,
    },
    {
      id: 'autobalance.exact_time',
      size: label,
      value: round(elapsed, 1),
      unit: `s in Node (HiGHS ${
        exact.status === 'optimal'
          ? 'proved the optimum'
          : exact.status === 'memoryLimit'
            ? `stopped as its memory ran out, gap ${pct(exact.gap)} %`
            : `stopped at the ${seconds} s limit, gap ${pct(exact.gap)} %`
      })`,
      target: 'report',
      met: true,
    },
  ];
  return { rows, optimum: { fast, exact, seconds: elapsed } };
}

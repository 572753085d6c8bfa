import type { BalanceResult } from '../auto-balance';
import { memberBands } from '../member-bands';
import { outsideReasons } from '../outside-reasons';
import { spreadOf, totalsByMember, type BalanceProblem } from '../problem';
import { buildUnits } from '../units';

/**
 * Another proposal for the same problem (the solver's, or its best so far) in the fast
 * balancer's terms, so the scenario and its explanation are built the same way: totals,
 * spread and the reasons anyone stays outside the band.
 */
export function resultOf(
  problem: BalanceProblem,
  fast: BalanceResult,
  newOwner: Int32Array,
): BalanceResult {
  const owners = problem.owner.map((m, a) => (newOwner[a]! >= 0 ? newOwner[a]! : m));
  const after = totalsByMember(problem, problem.value, owners);
  const workAfter = totalsByMember(problem, problem.work, owners);
  const units = buildUnits(problem);
  const unitOwner = Int32Array.from(
    { length: units.count },
    (_, u) => owners[units.accounts[units.start[u]!]!]!,
  );
  let movedAccounts = 0;
  for (let a = 0; a < newOwner.length; a += 1) if (newOwner[a]! >= 0) movedAccounts += 1;
  const { forced } = memberBands(problem, units, fast.spreadBefore.mean, problem.tolerance);
  return {
    ...fast,
    newOwner,
    movedAccounts,
    after,
    workAfter,
    spreadAfter: spreadOf(after),
    reasons: outsideReasons({
      problem,
      units,
      unitOwner,
      after,
      workAfter,
      band: fast.band,
      forced,
      searched: fast.reasons,
    }),
  };
}

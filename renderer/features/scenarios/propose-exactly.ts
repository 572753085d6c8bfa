import { autoBalance } from '@shared/balancer/auto-balance';
import { resultOf } from '@shared/balancer/exact/exact-result';
import { balanceExactly } from '@shared/balancer/exact/solve-exact';
import { refinable, refineWithRelaxation } from '@shared/balancer/exact/refine-fast';
import type { BalanceInput } from '@shared/balancer/build-problem';
import type { BalanceResult } from '@shared/balancer/auto-balance';
import { exactOutcome } from '@shared/scenario/exact-outcome';
import { balanceContiguousExactly } from '@shared/balancer/contiguous/exact-contiguous';
import type { BalanceRequest, BalanceResponse } from './balance-protocol';

/**
 * Exact mode, inside the balance worker: the fast proposal first (posted, so stopping early
 * keeps at least it), then HiGHS from there within the time limit, posting its progress and
 * each better proposal. HiGHS (WebAssembly) loads only here, from the app's own files.
 */
export async function proposeExactly(
  request: Extract<BalanceRequest, { method: 'exact' }>,
  post: (message: BalanceResponse) => void,
): Promise<void> {
  const { problem, potential } = request;
  // The proposal fast mode would make, so the two stand side by side as the person saw them.
  const fast = await proposeFast(request, (fraction) =>
    post({ type: 'progress', fraction: fraction * 0.05 }),
  );
  post({ type: 'fast', result: fast });
  const highs = await solver();
  const started = performance.now();
  const exact = balanceExactly(highs, problem, potential, {
    cost: request.cost,
    timeLimit: request.timeLimit,
    start: fast.newOwner,
    onProgress: ({ gap, seconds }) => post({ type: 'searching', gap, seconds }),
    onImproved: (newOwner, movedAccounts) => post({ type: 'improved', newOwner, movedAccounts }),
  });
  const seconds = (performance.now() - started) / 1000;
  // Without a solution of its own (nothing found in time), the fast proposal stands.
  const found = Number.isFinite(exact.objective);
  const result = resultOf(problem, fast, found ? exact.newOwner : fast.newOwner);
  post({
    type: 'exact',
    result,
    outcome: exactOutcome(fast, result, {
      status: found ? exact.status : 'timeLimit',
      gap: found ? exact.gap : null,
      // Stopped by the limit: the limit is what the person set (building the model adds to the
      // clock, which read "time limit of 11 s" for a limit of 10 s).
      seconds: !found || exact.status === 'timeLimit' ? request.timeLimit : seconds,
    }),
  });
}

/**
 * Fast mode: the greedy balancer, and for teams small enough (about a second at 10,000
 * accounts and 30 members) its proposal refined by the LP relaxation (refineWithRelaxation).
 * `onProgress`: a fraction, rising.
 */
export async function proposeFast(
  { problem, potential }: BalanceInput,
  onProgress: (fraction: number) => void,
): Promise<BalanceResult> {
  const refine = refinable(problem);
  const share = refine ? 0.5 : 1;
  let last = 0;
  const greedy = autoBalance(problem, potential, (fraction) => {
    if (fraction - last >= 0.02) onProgress((last = fraction) * share);
  });
  if (!refine) return greedy;
  onProgress(share);
  return refineWithRelaxation(await solver(), problem, potential, greedy);
}

/** HiGHS (WebAssembly), loaded from the app's own files the first time exact mode runs. */
async function solver() {
  const [{ default: loadHighs }, { default: wasmUrl }] = await Promise.all([
    import('highs'),
    import('highs/runtime?url'),
  ]);
  return loadHighs({ locateFile: () => wasmUrl });
}

/**
 * Exact mode with territories kept in one piece: the solver among moves to bordering
 * territories, repaired (see balanceContiguousExactly); progress is the share of the time limit.
 */
export async function proposeContiguouslyExactly(
  request: Extract<BalanceRequest, { method: 'contiguous' }>,
  post: (message: BalanceResponse) => void,
): Promise<void> {
  const { problem, potential, territories, exact } = request;
  const highs = await solver();
  const { result, outcome } = balanceContiguousExactly(highs, problem, potential, territories, {
    cost: exact!.cost,
    timeLimit: exact!.timeLimit,
    onProgress: ({ seconds }) =>
      post({ type: 'progress', fraction: Math.min(0.99, seconds / exact!.timeLimit) }),
  });
  post({ type: 'contiguous', result, exact: outcome });
}

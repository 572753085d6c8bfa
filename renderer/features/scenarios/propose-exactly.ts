import { autoBalance } from '@shared/balancer/auto-balance';
import { resultOf } from '@shared/balancer/exact/exact-result';
import { balanceExactly } from '@shared/balancer/exact/solve-exact';
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
  let last = 0;
  const fast = autoBalance(problem, potential, (fraction) => {
    if (fraction - last >= 0.02) post({ type: 'progress', fraction: (last = fraction) * 0.05 });
  });
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

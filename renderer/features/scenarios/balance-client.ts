import type { BalanceResult } from '@shared/balancer/auto-balance';
import type { BalanceInput } from '@shared/balancer/build-problem';
import { runInWorker } from '@renderer/app/worker-task';
import type { BalanceRequest, BalanceResponse } from './balance-protocol';

/** Balances off the main thread; the arrays are handed over, not copied. */
export function balanceInWorker(input: BalanceInput, onProgress: (fraction: number) => void) {
  const worker = new Worker(new URL('./balance.worker.ts', import.meta.url), { type: 'module' });
  const { problem, potential } = input;
  return runInWorker<BalanceRequest, BalanceResponse, BalanceResult>(
    worker,
    input,
    (response) => (response.type === 'balanced' ? response.result : undefined),
    onProgress,
    [
      problem.owner.buffer,
      problem.value.buffer,
      problem.work.buffer,
      problem.flags.buffer,
      potential.buffer,
      ...(problem.group ? [problem.group.buffer] : []),
    ],
  );
}

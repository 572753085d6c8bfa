import type { BalanceResult } from '@shared/balancer/auto-balance';
import type { BalanceInput } from '@shared/balancer/build-problem';
import type {
  AreaTerritories,
  ContiguousResult,
} from '@shared/balancer/contiguous/balance-contiguous';
import type { ContiguousExactOutcome } from '@shared/balancer/contiguous/exact-contiguous';
import type { MoveCost } from '@shared/balancer/exact/exact-model';
import { resultOf } from '@shared/balancer/exact/exact-result';
import { exactOutcome, type ExactOutcome } from '@shared/scenario/exact-outcome';
import { runInWorker, TaskCancelled } from '@renderer/app/worker-task';
import type { BalanceRequest, BalanceResponse } from './balance-protocol';

const balanceWorker = () =>
  new Worker(new URL('./balance.worker.ts', import.meta.url), { type: 'module' });

/** The problem's arrays, handed over to the worker rather than copied. */
function handedOver({ problem, potential }: BalanceInput): Transferable[] {
  return [
    problem.owner.buffer,
    problem.value.buffer,
    problem.work.buffer,
    problem.flags.buffer,
    potential.buffer,
    ...(problem.group ? [problem.group.buffer] : []),
  ];
}

/** Balances off the main thread; the arrays are handed over, not copied. */
export function balanceInWorker(input: BalanceInput, onProgress: (fraction: number) => void) {
  return runInWorker<BalanceRequest, BalanceResponse, BalanceResult>(
    balanceWorker(),
    { ...input, method: 'fast' },
    (response) => (response.type === 'balanced' ? response.result : undefined),
    onProgress,
    handedOver(input),
  );
}

/**
 * Balancing that keeps territories in one piece, off the main thread: the fast area search (a
 * fraction of a second), or with `exact` the solver's repair within its time limit.
 */
export function balanceContiguouslyInWorker(
  input: BalanceInput,
  territories: AreaTerritories,
  exact?: { timeLimit: number; cost: MoveCost },
  onProgress?: (fraction: number) => void,
) {
  return runInWorker<
    BalanceRequest,
    BalanceResponse,
    { result: ContiguousResult; exact?: ContiguousExactOutcome }
  >(
    balanceWorker(),
    { ...input, method: 'contiguous', territories, ...(exact ? { exact } : {}) },
    (response) =>
      response.type === 'contiguous'
        ? { result: response.result, ...(response.exact ? { exact: response.exact } : {}) }
        : undefined,
    onProgress,
    handedOver(input),
  );
}

export interface ExactProgress {
  /** 0–1 of the time limit. */
  fraction: number;
  /** Best so far against the proven least, once known. */
  gap: number | null;
  movedAccounts: number | null;
}

export interface ExactTask {
  result: Promise<{ result: BalanceResult; outcome: ExactOutcome }>;
  /** Ends the search and keeps the best proposal so far (the fast one at least). */
  stop: () => void;
  /** Ends it and keeps nothing: `result` rejects with TaskCancelled. */
  cancel: () => void;
}

/**
 * Exact mode off the main thread. The problem is copied, not handed over: stopping early
 * rebuilds the best proposal so far here, after the worker is gone.
 */
export function balanceExactlyInWorker(
  input: BalanceInput,
  options: { timeLimit: number; cost: MoveCost },
  onProgress: (progress: ExactProgress) => void,
): ExactTask {
  const worker = balanceWorker();
  const started = performance.now();
  let fast: BalanceResult | null = null;
  let best: { newOwner: Int32Array; movedAccounts: number } | null = null;
  let gap: number | null = null;
  let settle: (value: { result: BalanceResult; outcome: ExactOutcome }) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const result = new Promise<{ result: BalanceResult; outcome: ExactOutcome }>(
    (resolve, reject) => {
      settle = resolve;
      fail = reject;
    },
  );
  const show = (fraction: number) =>
    onProgress({
      fraction,
      gap,
      movedAccounts: best?.movedAccounts ?? fast?.movedAccounts ?? null,
    });
  worker.onmessage = ({ data: message }: MessageEvent<BalanceResponse>) => {
    if (message.type === 'progress') show(message.fraction);
    else if (message.type === 'fast') {
      fast = message.result;
      show(0.05);
    } else if (message.type === 'improved') {
      if (!best || message.movedAccounts < best.movedAccounts) best = message;
    } else if (message.type === 'searching') {
      gap = message.gap;
      show(Math.min(0.99, 0.05 + (0.95 * message.seconds) / options.timeLimit));
    } else {
      worker.terminate();
      if (message.type === 'exact') settle(message);
      else fail(new Error(message.type === 'failed' ? message.message : 'unexpected reply'));
    }
  };
  worker.onerror = (event) => {
    worker.terminate();
    fail(new Error(event.message || 'worker failed'));
  };
  worker.postMessage({ ...input, method: 'exact', ...options } satisfies BalanceRequest);
  return {
    result,
    cancel: () => {
      worker.terminate();
      fail(new TaskCancelled());
    },
    stop: () => {
      worker.terminate();
      if (!fast) return fail(new TaskCancelled());
      const chosen =
        best && best.movedAccounts <= fast.movedAccounts
          ? resultOf(input.problem, fast, best.newOwner)
          : fast;
      settle({
        result: chosen,
        outcome: exactOutcome(fast, chosen, {
          status: 'cancelled',
          gap,
          seconds: (performance.now() - started) / 1000,
        }),
      });
    },
  };
}

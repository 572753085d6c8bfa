import type { BalanceResult } from '../balancer/auto-balance';
import type { ExactStatus } from '../balancer/exact/run-model';

/** How exact mode ended, and the fast proposal beside it (kept with the scenario). */
export interface ExactOutcome {
  status: ExactStatus;
  /** Relative distance from the proven least moves: 0 proven optimal, null unknown. */
  gap: number | null;
  seconds: number;
  /** Members inside the tolerance band with the exact proposal. */
  inside: number;
  fast: { movedAccounts: number; maxDeviation: number; inside: number };
}

const insideOf = (result: BalanceResult) => result.reasons.filter((r) => r === null).length;

export function exactOutcome(
  fast: BalanceResult,
  chosen: BalanceResult,
  run: { status: ExactStatus; gap: number | null; seconds: number },
): ExactOutcome {
  return {
    status: run.status,
    gap: run.status === 'optimal' ? 0 : run.gap,
    seconds: run.seconds,
    inside: insideOf(chosen),
    fast: {
      movedAccounts: fast.movedAccounts,
      maxDeviation: fast.spreadAfter.maxDeviation,
      inside: insideOf(fast),
    },
  };
}

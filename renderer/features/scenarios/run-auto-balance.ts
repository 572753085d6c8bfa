import { buildBalanceInput, type BalanceOptions } from '@shared/balancer/build-problem';
import type { Account } from '@shared/domain/account';
import type { TeamMember } from '@shared/domain/team-member';
import type { Territory } from '@shared/domain/territory';
import { balancedScenario } from '@shared/scenario/balanced-scenario';
import { liveAssignment, scenarioAssignment, type Scenario } from '@shared/scenario/scenario';
import type { SegmentWeights } from '@shared/territory/balance';
import type { RunningTask } from '@renderer/app/worker-task';
import { balanceInWorker } from './balance-client';

export interface AutoBalanceRequest {
  /** Null: start from the live assignment. */
  source: Scenario | null;
  sourceName: string;
  chosen: readonly TeamMember[];
  options: BalanceOptions;
  name: string;
}

/** Runs the balancer off the main thread and returns its proposal as a new scenario. */
export function startAutoBalance(
  accounts: readonly Account[],
  liveTerritories: readonly Territory[],
  weights: SegmentWeights,
  request: AutoBalanceRequest,
  onProgress: (fraction: number) => void,
): RunningTask<Scenario> {
  // User Timing: the benchmark reads where the time goes (prepare, worker, save and show).
  performance.mark('stp:autobalance-start');
  const source = request.source
    ? scenarioAssignment(accounts, request.source)
    : liveAssignment(accounts);
  const input = buildBalanceInput(
    accounts,
    source.ownerIds,
    source.pinnedOwnerIds.map((id) => id !== null),
    request.chosen,
    weights,
    request.options,
  );
  performance.measure('stp:autobalance-prepare', 'stp:autobalance-start');
  performance.mark('stp:autobalance-worker-start');
  const task = balanceInWorker(input, onProgress);
  return {
    cancel: task.cancel,
    result: task.result.then((result) => {
      performance.measure('stp:autobalance-worker', 'stp:autobalance-worker-start');
      return balancedScenario(
        request.name,
        request.sourceName,
        request.source?.territories ?? liveTerritories,
        accounts,
        source,
        request.chosen,
        request.options,
        result,
        new Date(),
      );
    }),
  };
}

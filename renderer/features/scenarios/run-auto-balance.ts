import { buildBalanceInput, type BalanceOptions } from '@shared/balancer/build-problem';
import type { Account } from '@shared/domain/account';
import type { TeamMember } from '@shared/domain/team-member';
import type { Territory } from '@shared/domain/territory';
import { balancedScenario } from '@shared/scenario/balanced-scenario';
import { liveAssignment, scenarioAssignment, type Scenario } from '@shared/scenario/scenario';
import type { SegmentWeights } from '@shared/territory/balance';
import type { RunningTask } from '@renderer/app/worker-task';
import type { BalanceResult } from '@shared/balancer/auto-balance';
import type { MoveCost } from '@shared/balancer/exact/exact-model';
import type { ExactOutcome } from '@shared/scenario/exact-outcome';
import { contiguousInput } from '@shared/balancer/contiguous/contiguous-input';
import { contiguousScenario } from '@shared/scenario/contiguous-scenario';
import {
  balanceContiguouslyInWorker,
  balanceExactlyInWorker,
  balanceInWorker,
  type ExactProgress,
} from './balance-client';

export interface AutoBalanceRequest {
  /** Null: start from the live assignment. */
  source: Scenario | null;
  sourceName: string;
  chosen: readonly TeamMember[];
  options: BalanceOptions;
  name: string;
  /** Fast (the heuristic) or exact (HiGHS from the fast proposal, within a time limit). */
  method:
    | { kind: 'fast' }
    | { kind: 'exact'; timeLimit: number; cost: MoveCost }
    /** Keep territories in one piece: whole postal areas of the map, between bordering ones. */
    | {
        kind: 'contiguous';
        codes: readonly string[];
        neighbours: readonly (readonly number[])[];
        /** Exact mode as a repair within the time limit (absent: fast). */
        exact?: { timeLimit: number; cost: MoveCost };
      };
}

export interface AutoBalanceTask extends RunningTask<Scenario> {
  /** Exact mode: end the search now and keep the best proposal so far. */
  stop?: () => void;
}

export type AutoBalanceProgress = { fraction: number } & Partial<ExactProgress>;

/** Runs the balancer off the main thread and returns its proposal as a new scenario. */
export function startAutoBalance(
  accounts: readonly Account[],
  liveTerritories: readonly Territory[],
  weights: SegmentWeights,
  request: AutoBalanceRequest,
  onProgress: (progress: AutoBalanceProgress) => void,
): AutoBalanceTask {
  // User Timing: the benchmark reads where the time goes (prepare, worker, save and show).
  performance.mark('stp:autobalance-start');
  const source = request.source
    ? scenarioAssignment(accounts, request.source)
    : liveAssignment(accounts);
  const territories = request.source?.territories ?? liveTerritories;
  if (request.method.kind === 'contiguous') {
    const { codes, neighbours } = request.method;
    const input = contiguousInput(
      accounts,
      source.ownerIds,
      source.pinnedOwnerIds.map((id) => id !== null),
      territories,
      request.chosen,
      weights,
      request.options,
      codes,
      neighbours,
    );
    performance.measure('stp:autobalance-prepare', 'stp:autobalance-start');
    performance.mark('stp:autobalance-worker-start');
    const task = balanceContiguouslyInWorker(
      input,
      input.territories,
      request.method.exact,
      (fraction) => onProgress({ fraction }),
    );
    const areas = { codes, neighbours, areaTerritory: input.areaTerritory };
    return {
      cancel: task.cancel,
      result: task.result.then(({ result, exact }) => {
        performance.measure('stp:autobalance-worker', 'stp:autobalance-worker-start');
        return contiguousScenario(
          request.name,
          request.sourceName,
          territories,
          accounts,
          source,
          request.chosen,
          request.options,
          result,
          areas,
          new Date(),
          exact,
        );
      }),
    };
  }
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
  const scenarioOf = (result: BalanceResult, exact?: ExactOutcome) => {
    performance.measure('stp:autobalance-worker', 'stp:autobalance-worker-start');
    return balancedScenario(
      request.name,
      request.sourceName,
      territories,
      accounts,
      source,
      request.chosen,
      request.options,
      result,
      new Date(),
      exact,
    );
  };
  if (request.method.kind === 'exact') {
    const task = balanceExactlyInWorker(input, request.method, onProgress);
    return {
      cancel: task.cancel,
      stop: task.stop,
      result: task.result.then(({ result, outcome }) => scenarioOf(result, outcome)),
    };
  }
  const task = balanceInWorker(input, (fraction) => onProgress({ fraction }));
  return { cancel: task.cancel, result: task.result.then((result) => scenarioOf(result)) };
}

import type { BalanceResult } from '@shared/balancer/auto-balance';
import type { BalanceInput } from '@shared/balancer/build-problem';
import type {
  AreaTerritories,
  ContiguousResult,
} from '@shared/balancer/contiguous/balance-contiguous';
import type { MoveCost } from '@shared/balancer/exact/exact-model';
import type { ContiguousExactOutcome } from '@shared/balancer/contiguous/exact-contiguous';
import type { ExactOutcome } from '@shared/scenario/scenario';

export type BalanceRequest =
  | (BalanceInput & { method: 'fast' })
  | (BalanceInput & { method: 'exact'; timeLimit: number; cost: MoveCost })
  /** Keep territories in one piece: whole postal areas, between bordering territories. */
  | (BalanceInput & {
      method: 'contiguous';
      territories: AreaTerritories;
      /** Exact mode as a repair (absent: the fast area search only). */
      exact?: { timeLimit: number; cost: MoveCost };
    });

export type BalanceResponse =
  | { type: 'progress'; fraction: number }
  | { type: 'balanced'; result: BalanceResult }
  | { type: 'contiguous'; result: ContiguousResult; exact?: ContiguousExactOutcome }
  /** Exact mode: the fast proposal it starts from (and falls back to). */
  | { type: 'fast'; result: BalanceResult }
  | { type: 'searching'; gap: number | null; seconds: number }
  /** Exact mode: a better proposal found on the way (kept if the person stops the search). */
  | { type: 'improved'; newOwner: Int32Array; movedAccounts: number }
  | { type: 'exact'; result: BalanceResult; outcome: ExactOutcome }
  | { type: 'failed'; message: string };

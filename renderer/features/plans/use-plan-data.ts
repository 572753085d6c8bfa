import { useLiveQuery } from 'dexie-react-hooks';
import type { MonthlyActual } from '@shared/domain/actual';
import type { PlanTarget, SalesPlan } from '@shared/domain/plan';
import type { MemberBases } from '@shared/planning/plan-model';
import { db } from '@renderer/db/db';
import { useAccountData } from '@renderer/app/data/account-store';
import { accountSums, type TerritorySpread } from '@renderer/app/data/account-sums';

/** Every plan version, newest fiscal year and version first. */
export function usePlans(): SalesPlan[] | undefined {
  return useLiveQuery(
    async () =>
      (await db.plans.toArray()).sort(
        (a, b) => b.fiscalYear - a.fiscalYear || b.version - a.version,
      ),
    [],
  );
}

export function usePlanTargets(planId: string | null): PlanTarget[] | undefined {
  return useLiveQuery(
    async () => (planId ? db.planTargets.where('planId').equals(planId).toArray() : []),
    [planId],
  );
}

export function useActuals(): MonthlyActual[] | undefined {
  return useLiveQuery(() => db.actuals.toArray(), []);
}

export interface AccountBases {
  bases: Map<string, MemberBases>;
  /** Potential and account count per member per territory, for the roll-up. */
  byMemberTerritory: TerritorySpread;
}

/** Sums over each member's accounts (one pass over all accounts per change, shared). */
export function useAccountBases(): AccountBases | null {
  const state = useAccountData();
  // The same object while the accounts are unchanged, so it can be a memo dependency.
  return state.kind === 'ready' ? accountSums(state.data) : null;
}

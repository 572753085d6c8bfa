import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { MonthlyActual } from '../../../shared/domain/actual';
import type { PlanTarget, SalesPlan } from '../../../shared/domain/plan';
import type { MemberBases } from '../../../shared/planning/plan-model';
import { db } from '../../db/db';
import { useAccountData } from '../accounts/account-store';

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
  byMemberTerritory: Map<string, Map<string, { potentialCents: number; count: number }>>;
}

/** Sums over each member's accounts (one pass over all accounts, redone when they change). */
export function useAccountBases(): AccountBases | null {
  const state = useAccountData();
  const data = state.kind === 'ready' ? state.data : null;
  const version = data?.version;
  return useMemo(() => {
    if (!data) return null;
    const bases = new Map<string, MemberBases>();
    const byMemberTerritory = new Map<
      string,
      Map<string, { potentialCents: number; count: number }>
    >();
    for (const account of data.accounts) {
      if (!account.ownerId) continue;
      const base = bases.get(account.ownerId) ?? { potentialCents: 0, priorYearCents: 0 };
      base.potentialCents += account.potentialCents;
      base.priorYearCents += account.priorYearRevenueCents;
      bases.set(account.ownerId, base);
      if (!account.territoryId) continue;
      const places = byMemberTerritory.get(account.ownerId) ?? new Map();
      const place = places.get(account.territoryId) ?? { potentialCents: 0, count: 0 };
      place.potentialCents += account.potentialCents;
      place.count += 1;
      places.set(account.territoryId, place);
      byMemberTerritory.set(account.ownerId, places);
    }
    return { bases, byMemberTerritory };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the version marks every change
  }, [version]);
}

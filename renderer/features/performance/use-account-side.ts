import { useMemo } from 'react';
import type { TeamMember } from '@shared/domain/team-member';
import type { MemberCare } from '@shared/performance/customer-care';
import type { ReportContext } from '@shared/performance/report';
import { balanceReport } from '@shared/territory/balance';
import { DEFAULT_SETTINGS, useSettings } from '@renderer/db/settings';
import { loadsFor, useAccountData } from '@renderer/app/data/account-store';
import { accountSums } from '@renderer/app/data/account-sums';
import { useTerritories } from '@renderer/app/data/use-territories';

export interface AccountSide {
  care: Map<string, MemberCare>;
  context: ReportContext;
  territoryNames: Map<string, string>;
  /** Active members whose workload is outside ±10 % of the team mean. */
  outOfBalance: number;
  /** Large or strategic accounts owned by a Junior (each needs a Senior's sign-off). */
  juniorLargeAccounts: number;
}

/**
 * What Performance takes from the accounts (customer care, territory spread, balance
 * warnings); null until the accounts are in memory, so the rest can paint before. The walk
 * over all accounts is shared and cached per change (accountSums).
 */
export function useAccountSide(members: readonly TeamMember[] | undefined): AccountSide | null {
  const state = useAccountData();
  const data = state.kind === 'ready' ? state.data : null;
  const territories = useTerritories();
  const weights = (useSettings() ?? DEFAULT_SETTINGS).segmentWeights;
  return useMemo(() => {
    if (!data || !territories || !members) return null;
    const sums = accountSums(data);
    const levels = new Map(members.map((m) => [m.id, m.level]));
    let juniorLargeAccounts = 0;
    for (const [ownerId, count] of sums.largeByOwner)
      if (levels.get(ownerId) === 'junior') juniorLargeAccounts += count;
    const balance = balanceReport(loadsFor(data, weights).byMember, members, 'workload');
    return {
      care: sums.care,
      context: {
        levels,
        byMemberTerritory: sums.byMemberTerritory,
        territories: territories.territories,
      },
      territoryNames: new Map(territories.territories.map((t) => [t.id, t.name])),
      outOfBalance: balance.rows.filter((r) => Math.abs(r.deviation) > 0.1).length,
      juniorLargeAccounts,
    };
  }, [data, territories, members, weights]);
}

import { isLargeOrStrategic } from '@shared/domain/account';
import { customerCare, type MemberCare } from '@shared/performance/customer-care';
import type { MemberBases } from '@shared/planning/plan-model';
import type { AccountData } from './account-store';

export type TerritorySpread = Map<string, Map<string, { potentialCents: number; count: number }>>;

/** Per-owner sums over all accounts that plans and performance need. */
export interface AccountSums {
  /** Potential and prior-year revenue per owner. */
  bases: Map<string, MemberBases>;
  /** Potential and account count per owner per territory (how targets roll up). */
  byMemberTerritory: TerritorySpread;
  /** Customer status counts and satisfaction per owner. */
  care: Map<string, MemberCare>;
  /** Large or strategic accounts per owner. */
  largeByOwner: Map<string, number>;
}

// Every change of the accounts publishes a new AccountData: it is the cache key.
let cached: { data: AccountData; sums: AccountSums } | null = null;

/**
 * The sums for the accounts in memory, computed once per version of them: opening a screen
 * again does not walk 250,000 accounts again.
 */
export function accountSums(data: AccountData): AccountSums {
  if (cached?.data === data) return cached.sums;
  const bases = new Map<string, MemberBases>();
  const byMemberTerritory: TerritorySpread = new Map();
  const largeByOwner = new Map<string, number>();
  for (const account of data.accounts) {
    if (!account.ownerId) continue;
    const base = bases.get(account.ownerId) ?? { potentialCents: 0, priorYearCents: 0 };
    base.potentialCents += account.potentialCents;
    base.priorYearCents += account.priorYearRevenueCents;
    bases.set(account.ownerId, base);
    if (isLargeOrStrategic(account))
      largeByOwner.set(account.ownerId, (largeByOwner.get(account.ownerId) ?? 0) + 1);
    if (!account.territoryId) continue;
    const places = byMemberTerritory.get(account.ownerId) ?? new Map();
    const place = places.get(account.territoryId) ?? { potentialCents: 0, count: 0 };
    place.potentialCents += account.potentialCents;
    place.count += 1;
    places.set(account.territoryId, place);
    byMemberTerritory.set(account.ownerId, places);
  }
  const sums = { bases, byMemberTerritory, care: customerCare(data.accounts), largeByOwner };
  cached = { data, sums };
  return sums;
}

import type { Account } from '@shared/domain/account';
import { isLargeOrStrategic } from '@shared/domain/account';
import { CareTally, type MemberCare } from '@shared/performance/customer-care';
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

/** The sums gathered account by account: while the pages are read, or in one walk. */
export class AccountSumsTally {
  private readonly bases = new Map<string, MemberBases>();
  private readonly byMemberTerritory: TerritorySpread = new Map();
  private readonly largeByOwner = new Map<string, number>();
  private readonly care = new CareTally();

  add(account: Account): void {
    if (!account.ownerId) return;
    this.care.add(account);
    const base = this.bases.get(account.ownerId) ?? { potentialCents: 0, priorYearCents: 0 };
    base.potentialCents += account.potentialCents;
    base.priorYearCents += account.priorYearRevenueCents;
    this.bases.set(account.ownerId, base);
    if (isLargeOrStrategic(account))
      this.largeByOwner.set(account.ownerId, (this.largeByOwner.get(account.ownerId) ?? 0) + 1);
    if (!account.territoryId) return;
    const places = this.byMemberTerritory.get(account.ownerId) ?? new Map();
    const place = places.get(account.territoryId) ?? { potentialCents: 0, count: 0 };
    place.potentialCents += account.potentialCents;
    place.count += 1;
    places.set(account.territoryId, place);
    this.byMemberTerritory.set(account.ownerId, places);
  }

  sums(): AccountSums {
    return {
      bases: this.bases,
      byMemberTerritory: this.byMemberTerritory,
      care: this.care.result(),
      largeByOwner: this.largeByOwner,
    };
  }
}

// Every change of the accounts publishes a new AccountData: it is the cache key.
let cached: { data: AccountData; sums: AccountSums } | null = null;

/**
 * The sums for the accounts in memory, computed once per version of them: opening a screen
 * again does not walk 250,000 accounts again.
 */
export function accountSums(data: AccountData): AccountSums {
  if (cached?.data === data) return cached.sums;
  const tally = new AccountSumsTally();
  for (const account of data.accounts) tally.add(account);
  return seedAccountSums(data, tally.sums());
}

/**
 * Sums gathered while the accounts were read: the first screen that needs them then does not
 * walk 250,000 accounts inside the task that shows the loaded accounts.
 */
export function seedAccountSums(data: AccountData, sums: AccountSums): AccountSums {
  cached = { data, sums };
  return sums;
}

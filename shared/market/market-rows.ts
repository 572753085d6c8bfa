import type { Account, CustomerStatus } from '../domain/account';

/** What a market view is grouped by: postal zones, the territory tree, segment or owner. */
export const MARKET_GROUPINGS = [
  'zone1',
  'zone2',
  'region',
  'territory',
  'segment',
  'member',
] as const;
export type MarketGrouping = (typeof MARKET_GROUPINGS)[number];

export interface MarketRow {
  key: string;
  accounts: number;
  byStatus: Record<CustomerStatus, number>;
  potentialCents: number;
  priorYearCents: number;
  /** Revenue of the fiscal year so far (the owners' actuals spread over their accounts). */
  ytdCents: number;
  /** Potential not yet won: potential − last year's revenue, never below zero. */
  untappedCents: number;
  /** Last year's revenue ÷ potential (1 = fully penetrated); null without potential. */
  penetration: number | null;
}

type MarketAccount = Pick<
  Account,
  | 'postalCode'
  | 'segment'
  | 'status'
  | 'ownerId'
  | 'territoryId'
  | 'potentialCents'
  | 'priorYearRevenueCents'
>;

/** Postal zone of one (8…) or two (80…) leading digits; '' for a code without digits. */
export function postalZone(postalCode: string, digits: 1 | 2): string {
  const zone = postalCode.trim().slice(0, digits);
  return /^\d+$/.test(zone) && zone.length === digits ? zone : '';
}

export function untapped(potentialCents: number, revenueCents: number): number {
  return Math.max(0, potentialCents - revenueCents);
}

export function penetrationOf(potentialCents: number, revenueCents: number): number | null {
  return potentialCents > 0 ? revenueCents / potentialCents : null;
}

/** Rows being summed, by key; `finishRows` turns them into rows. */
export type RowSums = Map<string, MarketRow>;

/**
 * Adds `accounts[from..to)` into `sums` by `keyOf` (null leaves an account out); `ytd[i]` is the
 * year-to-date revenue of `accounts[i]`. A pass can so be split into slices of idle time.
 */
export function sumRows(
  sums: RowSums,
  accounts: readonly MarketAccount[],
  ytd: ArrayLike<number>,
  keyOf: (account: MarketAccount) => string | null,
  from = 0,
  to = accounts.length,
): void {
  for (let i = from; i < to; i += 1) {
    const account = accounts[i]!;
    const key = keyOf(account);
    if (key === null) continue;
    let row = sums.get(key);
    if (!row) {
      row = {
        key,
        accounts: 0,
        byStatus: { prospect: 0, new: 0, existing: 0, regular: 0 },
        potentialCents: 0,
        priorYearCents: 0,
        ytdCents: 0,
        untappedCents: 0,
        penetration: null,
      };
      sums.set(key, row);
    }
    row.accounts += 1;
    row.byStatus[account.status] += 1;
    row.potentialCents += account.potentialCents;
    row.priorYearCents += account.priorYearRevenueCents;
    row.ytdCents += ytd[i] ?? 0;
  }
}

export function finishRows(sums: RowSums): MarketRow[] {
  return [...sums.values()].map((row) => ({
    ...row,
    untappedCents: untapped(row.potentialCents, row.priorYearCents),
    penetration: penetrationOf(row.potentialCents, row.priorYearCents),
  }));
}

/**
 * Sums accounts into rows by `keyOf` (null leaves an account out), in one pass; `ytd[i]` is
 * the year-to-date revenue of `accounts[i]`.
 */
export function marketRows(
  accounts: readonly MarketAccount[],
  ytd: ArrayLike<number>,
  keyOf: (account: MarketAccount) => string | null,
): MarketRow[] {
  const sums: RowSums = new Map();
  sumRows(sums, accounts, ytd, keyOf);
  return finishRows(sums);
}

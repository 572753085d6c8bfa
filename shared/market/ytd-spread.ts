import type { Account } from '../domain/account';
import { apportion } from '../planning/apportion';

/**
 * Year-to-date revenue per account: actuals are recorded per member, so each owner's sum is
 * spread over their accounts by last year's revenue (by potential when there is none, evenly
 * when neither), exact to the cent. Aligned with `accounts`.
 */
export function spreadYearToDate(
  accounts: readonly Pick<Account, 'ownerId' | 'potentialCents' | 'priorYearRevenueCents'>[],
  ytdByMember: ReadonlyMap<string, number>,
): Float64Array {
  const result = new Float64Array(accounts.length);
  const byOwner = new Map<string, number[]>();
  accounts.forEach((account, i) => {
    if (!account.ownerId || !ytdByMember.get(account.ownerId)) return;
    const list = byOwner.get(account.ownerId) ?? [];
    list.push(i);
    byOwner.set(account.ownerId, list);
  });
  for (const [ownerId, indexes] of byOwner) {
    const revenue = indexes.map((i) => Math.max(0, accounts[i]!.priorYearRevenueCents));
    const potential = indexes.map((i) => Math.max(0, accounts[i]!.potentialCents));
    const weights = revenue.some((v) => v > 0)
      ? revenue
      : potential.some((v) => v > 0)
        ? potential
        : indexes.map(() => 1);
    apportion(ytdByMember.get(ownerId)!, weights).forEach((cents, k) => {
      result[indexes[k]!] = cents;
    });
  }
  return result;
}

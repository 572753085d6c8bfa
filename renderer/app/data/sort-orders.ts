import type { Account } from '@shared/domain/account';
import type { SortKey } from './account-query';
import { sortOrder, sortValueKept } from './account-sort';

/**
 * The accounts' ascending order per sort key, each valid for one version of the accounts. An
 * edit that leaves a key's values as they were (a move changes owner and territory, never a
 * name) carries that key's order over to the new version: after reassigning 8,000 accounts the
 * table sorted by name does not sort 250,000 again.
 */
export class SortOrders {
  private readonly orders = new Map<SortKey, { version: number; order: Int32Array }>();

  /** The order for `key` at `version`, computed from `accounts` when not known. */
  get(accounts: readonly Account[], version: number, key: SortKey): Int32Array {
    const cached = this.orders.get(key);
    if (cached && cached.version === version) return cached.order;
    const order = sortOrder(accounts, key);
    this.orders.set(key, { version, order });
    return order;
  }

  set(key: SortKey, version: number, order: Int32Array): void {
    this.orders.set(key, { version, order });
  }

  /** The keys whose order at `version` an edit could keep (narrowed with `narrow`). */
  keptAt(version: number): Set<SortKey> {
    const kept = new Set<SortKey>();
    for (const [key, cached] of this.orders) if (cached.version === version) kept.add(key);
    return kept;
  }

  /**
   * The orders of `kept` — each still right after the edit that made version `to` from
   * `from` — become the orders at `to`.
   */
  carryOver(kept: ReadonlySet<SortKey>, from: number, to: number): void {
    for (const key of kept) {
      const cached = this.orders.get(key);
      if (cached?.version === from) cached.version = to;
    }
  }

  clear(): void {
    this.orders.clear();
  }
}

/** Narrows `kept` to the keys whose values an edit from `before` to `after` left alone. */
export function narrow(kept: Set<SortKey>, before: Account, after: Account): void {
  for (const key of kept) if (!sortValueKept(before, after, key)) kept.delete(key);
}

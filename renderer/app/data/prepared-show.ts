import type { Account } from '@shared/domain/account';
import { SORT_KEYS, type SortKey } from './account-query';
import { emptyLoadsLike, updateLoads, type Loads } from './balance-loads';
import { narrow } from './sort-orders';

/** What showing rows changes, worked out on one version of the accounts and one set of weights. */
export interface PreparedShow {
  version: number;
  /** Where each row goes in `accounts`. */
  places: Int32Array;
  /** The sums' differences, for the weights they name (null: no sums existed). */
  differences: Loads | null;
  /** The sort keys whose values none of the rows changes. */
  unsorted: Set<SortKey>;
}

/** Whether an edit changes what the search looks at (a move does not). */
export const searchableChanged = (old: Account, row: Account) =>
  old.name !== row.name ||
  old.externalId !== row.externalId ||
  old.postalCode !== row.postalCode ||
  old.city !== row.city;

/**
 * Where `rows` go among `accounts` and what they change in the balance sums `loads`, or null
 * when they cannot be prepared: an account not loaded or listed twice (it would be summed
 * against its first state twice), or a change to what the search looks at.
 */
export function prepareShow(
  accounts: readonly Account[],
  indexById: ReadonlyMap<string, number>,
  version: number,
  loads: Loads | null,
  rows: readonly Account[],
): PreparedShow | null {
  const places = new Int32Array(rows.length);
  const differences = loads ? emptyLoadsLike(loads) : null;
  const placed = new Set<number>();
  const unsorted = new Set<SortKey>(SORT_KEYS);
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i]!;
    const at = indexById.get(row.id);
    if (at === undefined || placed.has(at)) return null;
    if (searchableChanged(accounts[at]!, row)) return null;
    placed.add(at);
    places[i] = at;
    narrow(unsorted, accounts[at]!, row);
    if (differences) updateLoads(differences, accounts[at]!, row);
  }
  return { version, places, differences, unsorted };
}

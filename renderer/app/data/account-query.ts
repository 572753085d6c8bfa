import type { Account, CustomerStatus, Segment } from '@shared/domain/account';
import { searchMatches, type SearchIndex } from './search-index';

export interface AccountFilter {
  text: string;
  segment: Segment | '';
  status: CustomerStatus | '';
  /** A member id, '' for anyone, or UNASSIGNED for accounts without an owner. */
  ownerId: string;
  territoryId: string;
}

export const UNASSIGNED = '__unassigned__';
export const EMPTY_FILTER: AccountFilter = {
  text: '',
  segment: '',
  status: '',
  ownerId: '',
  territoryId: '',
};

export const SORT_KEYS = [
  'name',
  'externalId',
  'postalCode',
  'segment',
  'potential',
  'priorYearRevenue',
  'status',
  'satisfaction',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface AccountSort {
  key: SortKey;
  direction: 'asc' | 'desc';
}

const collator = new Intl.Collator('de-DE', { sensitivity: 'base', numeric: true });
const STATUS_ORDER: Record<CustomerStatus, number> = {
  prospect: 0,
  new: 1,
  existing: 2,
  regular: 3,
};

/** Lower-cased text a search looks through: name, customer number, postal code and city. */
export function searchTextOf(
  account: Pick<Account, 'name' | 'externalId' | 'postalCode' | 'city'>,
): string {
  return `${account.name}\u0001${account.externalId}\u0001${account.postalCode}\u0001${account.city}`.toLocaleLowerCase(
    'de-DE',
  );
}

/** Row order for one sort key, ascending; computed once per data version and reused. */
export function sortOrder(accounts: readonly Account[], key: SortKey): Int32Array {
  const values = sortValues(accounts, key);
  if (values) return numericOrder(values);
  const order = new Int32Array(accounts.length);
  for (let i = 0; i < order.length; i += 1) order[i] = i;
  const compare =
    key === 'name'
      ? (a: Account, b: Account) => collator.compare(a.name, b.name)
      : (a: Account, b: Account) => collator.compare(a.externalId, b.externalId);
  return order.sort((a, b) => compare(accounts[a]!, accounts[b]!) || a - b);
}

/**
 * Each account's place for a key that orders by number, or by a string in code-unit order
 * (its rank among the distinct values); null for the keys a collator orders.
 */
function sortValues(accounts: readonly Account[], key: SortKey): Float64Array | null {
  const read = (value: (account: Account) => number) => {
    const values = new Float64Array(accounts.length);
    for (let i = 0; i < values.length; i += 1) values[i] = value(accounts[i]!);
    return values;
  };
  switch (key) {
    case 'name':
    case 'externalId':
      return null;
    case 'potential':
      return read((a) => a.potentialCents);
    case 'priorYearRevenue':
      return read((a) => a.priorYearRevenueCents);
    case 'status':
      return read((a) => STATUS_ORDER[a.status]);
    case 'satisfaction':
      return read((a) => a.satisfaction ?? 0);
    case 'segment':
    case 'postalCode': {
      const distinct = [...new Set(accounts.map((a) => a[key]))].sort();
      const rank = new Map<string, number>(distinct.map((value, i) => [value, i]));
      return read((a) => rank.get(a[key])!);
    }
  }
}

/**
 * The indices of `values` in ascending order, ties in index order. Integers are packed with
 * their index into one exact number, so the engine's native numeric sort does the work: about
 * three times faster at 250,000 accounts than a comparator reaching into each account (the
 * first sort by a column waited a quarter of a second). Other values use a comparator.
 */
export function numericOrder(values: Float64Array): Int32Array {
  const n = values.length;
  const order = new Int32Array(n);
  let min = Infinity;
  let max = -Infinity;
  let integers = true;
  for (let i = 0; i < n; i += 1) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
    if (!Number.isInteger(v)) integers = false;
  }
  if (n > 0 && integers && (max - min + 1) * n <= Number.MAX_SAFE_INTEGER) {
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i += 1) packed[i] = (values[i]! - min) * n + i;
    packed.sort();
    for (let i = 0; i < n; i += 1) order[i] = packed[i]! % n;
    return order;
  }
  for (let i = 0; i < n; i += 1) order[i] = i;
  return order.sort((a, b) => values[a]! - values[b]! || a - b);
}

/**
 * The territory a filter names and every territory below it: choosing a region shows the
 * accounts of all its territories (accounts sit in leaf territories only).
 */
export function territoryScope(
  territoryId: string,
  territories: readonly { id: string; parentId: string | null }[],
): Set<string> {
  const scope = new Set([territoryId]);
  for (let grew = true; grew;) {
    grew = false;
    for (const t of territories) {
      if (t.parentId !== null && scope.has(t.parentId) && !scope.has(t.id)) {
        scope.add(t.id);
        grew = true;
      }
    }
  }
  return scope;
}

/**
 * The rows to show, in sort order: one pass over the precomputed order with cheap tests, so
 * filtering 250,000 accounts stays well inside a frame budget of interaction. `scope` is the
 * filter's territory with everything below it (`territoryScope`).
 */
export function queryAccounts(
  accounts: readonly Account[],
  search: SearchIndex,
  order: Int32Array,
  filter: AccountFilter,
  direction: 'asc' | 'desc',
  scope: ReadonlySet<string> | null = filter.territoryId ? new Set([filter.territoryId]) : null,
): Int32Array {
  const needle = filter.text.trim().toLocaleLowerCase('de-DE');
  // Working buffers kept from query to query: a fresh megabyte per keystroke is what made the
  // garbage collector pause typing now and then. The result is a copy of just the matches.
  if (scratch.marks.length < accounts.length) scratch.marks = new Uint8Array(accounts.length);
  if (scratch.rows.length < order.length) scratch.rows = new Int32Array(order.length);
  const marks = needle ? searchMatches(search, needle, scratch.marks) : null;
  const result = scratch.rows;
  // Without the other filters an account's object is never read: a typed search then touches
  // only the order and the marks (250,000 objects in sort order are scattered in memory).
  const onlyText = !filter.segment && !filter.status && !filter.ownerId && !scope;
  let count = 0;
  for (let k = 0; k < order.length; k += 1) {
    const i = order[direction === 'asc' ? k : order.length - 1 - k]!;
    if (marks && marks[i] === 0) continue;
    if (onlyText) {
      result[count] = i;
      count += 1;
      continue;
    }
    const account = accounts[i]!;
    if (filter.segment && account.segment !== filter.segment) continue;
    if (filter.status && account.status !== filter.status) continue;
    if (
      filter.ownerId === UNASSIGNED
        ? account.ownerId !== null
        : filter.ownerId && account.ownerId !== filter.ownerId
    )
      continue;
    if (scope && (account.territoryId === null || !scope.has(account.territoryId))) continue;
    result[count] = i;
    count += 1;
  }
  return result.slice(0, count);
}
const scratch = { marks: new Uint8Array(0), rows: new Int32Array(0) };

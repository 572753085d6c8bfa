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

/** How the accounts table opens (the store prepares this order while loading). */
export const FIRST_SORT: AccountSort = { key: 'name', direction: 'asc' };

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
  return numericOrder(sortValues(accounts, key));
}

/** Each account's place for a key: a number, or its string's rank among the distinct values. */
function sortValues(accounts: readonly Account[], key: SortKey): Float64Array {
  const read = (value: (account: Account) => number) => {
    const values = new Float64Array(accounts.length);
    for (let i = 0; i < values.length; i += 1) values[i] = value(accounts[i]!);
    return values;
  };
  const ranked = (
    text: (account: Account) => string,
    compare?: (a: string, b: string) => number,
  ) => {
    const rank = ranks(accounts.map(text), compare);
    return read((a) => rank.get(text(a))!);
  };
  switch (key) {
    // Many accounts share a name (branches, chains): the collator sorts each name once.
    case 'name':
      return ranked((a) => a.name, collator.compare);
    case 'externalId':
      return ranked((a) => a.externalId, collator.compare);
    case 'segment':
      return ranked((a) => a.segment);
    case 'postalCode':
      return ranked((a) => a.postalCode);
    case 'potential':
      return read((a) => a.potentialCents);
    case 'priorYearRevenue':
      return read((a) => a.priorYearRevenueCents);
    case 'status':
      return read((a) => STATUS_ORDER[a.status]);
    case 'satisfaction':
      return read((a) => a.satisfaction ?? 0);
  }
}

/**
 * Each distinct value's rank in ascending order (code units without `compare`). Values the
 * comparison calls equal ("Müller" and "MÜLLER" for the collator) share a rank, so their
 * accounts keep their own order.
 */
export function ranks(
  values: readonly string[],
  compare?: (a: string, b: string) => number,
): Map<string, number> {
  const distinct = [...new Set(values)].sort(compare);
  const rank = new Map<string, number>();
  let current = 0;
  for (let i = 0; i < distinct.length; i += 1) {
    if (i > 0 && (compare ? compare(distinct[i - 1]!, distinct[i]!) !== 0 : true)) current += 1;
    rank.set(distinct[i]!, current);
  }
  return rank;
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

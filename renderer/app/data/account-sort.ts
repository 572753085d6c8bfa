import type { Account, CustomerStatus } from '@shared/domain/account';
import type { SortKey } from './account-query';

const collator = new Intl.Collator('de-DE', { sensitivity: 'base', numeric: true });
const STATUS_ORDER: Record<CustomerStatus, number> = {
  prospect: 0,
  new: 1,
  existing: 2,
  regular: 3,
};

type Compare = (a: string, b: string) => number;
/** What a column sorts by: a text (ranked among its distinct values) or a number. */
type Column =
  | { kind: 'text'; of: (account: Account) => string; compare?: Compare }
  | { kind: 'number'; of: (account: Account) => number };

const COLUMNS: Record<SortKey, Column> = {
  // Many accounts share a name (branches, chains): the collator sorts each name once.
  name: { kind: 'text', of: (a) => a.name, compare: collator.compare },
  externalId: { kind: 'text', of: (a) => a.externalId, compare: collator.compare },
  segment: { kind: 'text', of: (a) => a.segment },
  postalCode: { kind: 'text', of: (a) => a.postalCode },
  potential: { kind: 'number', of: (a) => a.potentialCents },
  priorYearRevenue: { kind: 'number', of: (a) => a.priorYearRevenueCents },
  status: { kind: 'number', of: (a) => STATUS_ORDER[a.status] },
  satisfaction: { kind: 'number', of: (a) => a.satisfaction ?? 0 },
};

/** Row order for one sort key, ascending, ties in the accounts' order. */
export function sortOrder(accounts: readonly Account[], key: SortKey): Int32Array {
  const column = COLUMNS[key];
  if (column.kind === 'number') {
    const values = new Float64Array(accounts.length);
    for (let i = 0; i < values.length; i += 1) values[i] = column.of(accounts[i]!);
    return numericOrder(values);
  }
  const texts = new TextColumn(key);
  for (const account of accounts) texts.add(account);
  return texts.order();
}

/** Whether an edit from `before` to `after` leaves the account's value for `key` as it was. */
export function sortValueKept(before: Account, after: Account, key: SortKey): boolean {
  return Object.is(COLUMNS[key].of(before), COLUMNS[key].of(after));
}

/**
 * The distinct values of a text column and which one each account holds, gathered account by
 * account: the accounts store fills it page by page as they load, so the first sort by the
 * column then ranks a few thousand names instead of looking up 250,000 strings in one task.
 */
export class TextColumn {
  private readonly column: Extract<Column, { kind: 'text' }>;
  private readonly seen = new Map<string, number>();
  private readonly distinct: string[] = [];
  private held = new Int32Array(1024);
  private length = 0;

  constructor(key: SortKey) {
    const column = COLUMNS[key];
    if (column.kind !== 'text') throw new Error(`${key} is not a text column`);
    this.column = column;
  }

  add(account: Account): void {
    const value = this.column.of(account);
    let at = this.seen.get(value);
    if (at === undefined) {
      at = this.distinct.length;
      this.seen.set(value, at);
      this.distinct.push(value);
    }
    if (this.length === this.held.length) {
      const grown = new Int32Array(this.held.length * 2);
      grown.set(this.held);
      this.held = grown;
    }
    this.held[this.length] = at;
    this.length += 1;
  }

  /** The accounts added, in ascending order of the column, ties in the order they came. */
  order(): Int32Array {
    const rank = ranks(this.distinct, this.column.compare);
    const rankOf = Float64Array.from(this.distinct, (value) => rank.get(value)!);
    const values = new Float64Array(this.length);
    for (let i = 0; i < this.length; i += 1) values[i] = rankOf[this.held[i]!]!;
    return numericOrder(values);
  }
}

/** Whether `key` sorts by a text (and so can be gathered with a TextColumn). */
export const isTextColumn = (key: SortKey) => COLUMNS[key].kind === 'text';

/**
 * Each distinct value's rank in ascending order (code units without `compare`). Values the
 * comparison calls equal ("Müller" and "MÜLLER" for the collator) share a rank, so their
 * accounts keep their own order.
 */
export function ranks(values: readonly string[], compare?: Compare): Map<string, number> {
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
 * The indices of `values` in ascending order, ties in index order. Integers in a range no
 * wider than a few times the count (ranks, statuses) are counted into place: two passes, no
 * comparisons — the name order of 250,000 accounts took a 23 ms sort before. Other integers are
 * packed with their index into one exact number, so the engine's native numeric sort does the
 * work (about three times faster than a comparator reaching into each account). Anything else
 * uses a comparator.
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
  if (n === 0) return order;
  const width = max - min + 1;
  if (integers && width <= Math.max(1_024, 4 * n)) {
    // Where each value's accounts start, then each account into its value's next place.
    const next = new Int32Array(width + 1);
    for (let i = 0; i < n; i += 1) {
      const v = values[i]! - min + 1;
      next[v] = next[v]! + 1;
    }
    for (let v = 1; v <= width; v += 1) next[v] = next[v]! + next[v - 1]!;
    for (let i = 0; i < n; i += 1) {
      const v = values[i]! - min;
      order[next[v]!] = i;
      next[v] = next[v]! + 1;
    }
    return order;
  }
  if (integers && width * n <= Number.MAX_SAFE_INTEGER) {
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i += 1) packed[i] = (values[i]! - min) * n + i;
    packed.sort();
    for (let i = 0; i < n; i += 1) order[i] = packed[i]! % n;
    return order;
  }
  for (let i = 0; i < n; i += 1) order[i] = i;
  return order.sort((a, b) => values[a]! - values[b]! || a - b);
}

import { registerOptimistic } from '@renderer/commands/optimistic';
import type { Row } from '@shared/persistence/tables';
import { useSyncExternalStore } from 'react';
import type { Account } from '@shared/domain/account';
import type { ChangeOp } from '@shared/persistence/tables';
import { db } from '@renderer/db/db';
import { FIRST_SORT, searchTextOf, type SortKey } from './account-query';
import { prepareShow, searchableChanged, type PreparedShow } from './prepared-show';
import { narrow, SortOrders } from './sort-orders';
import type { SearchIndex } from './search-index';
import { ACCOUNT_PAGE_ROWS } from './read-accounts';
import { nextTask, Overtaken, readAccountData } from './read-account-data';
import { reportAccountLoad } from './account-load-progress';
import { addLoads, type SegmentWeights } from '@shared/territory/balance';
import { computeAllLoads, emptyLoads, updateLoads, type Loads } from './balance-loads';
import { readSettings } from '@renderer/db/settings';
import { AccountSumsTally, seedAccountSums } from './account-sums';

let loads: Loads | null = null;

export interface AccountData {
  /** Bumped on every change, so derived orders and sums know when to recompute. */
  version: number;
  accounts: Account[];
  search: SearchIndex;
  indexById: Map<string, number>;
}

type State =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'ready'; data: AccountData }
  | { kind: 'failed'; error: unknown };

let state: State = { kind: 'idle' };
const listeners = new Set<() => void>();
const orders = new SortOrders();
let unsubscribe: (() => void) | null = null;
/** Never repeats, not even across reloads: cached orders are keyed by it. */
let lastVersion = 0;
const nextVersion = () => (lastVersion += 1);
/** Which load is current: a load overtaken by a newer one stops and publishes nothing. */
let loadGeneration = 0;
/** Account changes committed while the accounts load (between its pages), applied after. */
let changedDuringLoad: ChangeOp[] = [];
let accountPageRows = ACCOUNT_PAGE_ROWS;

function publish(next: State) {
  state = next;
  listeners.forEach((listener) => listener());
}

/** Reads every account page by page (the app keeps answering), then publishes them. */
async function load() {
  const generation = (loadGeneration += 1);
  const isCurrent = () => generation === loadGeneration;
  loads = null;
  changedDuringLoad = [];
  if (state.kind !== 'loading') publish({ kind: 'loading' });
  reportAccountLoad(0, 0);
  try {
    // The sums the charts, plans and balance need are gathered with the pages: summed after,
    // they made one task of about 85 ms at 250k (the first screen to show them).
    const sums = new AccountSumsTally();
    const balance = emptyLoads((await readSettings()).segmentWeights);
    const { firstSort, ...read } = await readAccountData({
      isCurrent,
      onProgress: reportAccountLoad,
      pageRows: accountPageRows,
      firstSort: FIRST_SORT.key,
      tallies: [sums, { add: (account) => updateLoads(balance, null, account) }],
    });
    const data: AccountData = { version: nextVersion(), ...read };
    seedAccountSums(data, sums.sums());
    loads = balance;
    // The accounts table's first order, in a task of its own: its first frame then only
    // filters and draws. Its names were gathered with the pages; only they are ranked here.
    await nextTask();
    if (!isCurrent()) return;
    if (firstSort) orders.set(FIRST_SORT.key, data.version, firstSort.order());
    else orderFor(data, FIRST_SORT.key);
    await nextTask();
    if (!isCurrent()) return;
    reportAccountLoad(0, 0);
    publish({ kind: 'ready', data });
    // A change to a page read before it committed: applied now (to a later page: no change).
    const meanwhile = changedDuringLoad;
    changedDuringLoad = [];
    if (meanwhile.length > 0) applyChanges(meanwhile);
  } catch (error) {
    if (error instanceof Overtaken || !isCurrent()) return;
    reportAccountLoad(0, 0);
    publish({ kind: 'failed', error });
  }
}

/** Applies committed account changes in place: an edit touches its rows, not all 250,000. */
function applyChanges(ops: ChangeOp[] | null) {
  if (ops === null) {
    void load();
    return;
  }
  const mine = ops.filter((op) => op.table === 'accounts');
  if (mine.length === 0) return;
  if (state.kind === 'loading') changedDuringLoad.push(...mine);
  if (state.kind !== 'ready') return;
  const { accounts, search, indexById, version } = state.data;
  const kept = orders.keptAt(version);
  let rebuild = false;
  let changed = false;
  for (const op of mine) {
    if (op.type === 'put') {
      for (const row of op.rows as unknown as Account[]) {
        const at = indexById.get(row.id);
        const before = at === undefined ? null : accounts[at]!;
        // Shown already (the command's optimistic write, now committed): nothing to redo.
        if (before === row) continue;
        changed = true;
        if (at === undefined) {
          kept.clear();
          indexById.set(row.id, accounts.length);
          accounts.push(row);
          search.text.push(searchTextOf(row));
        } else {
          narrow(kept, before!, row);
          accounts[at] = row;
          // A move (territory, owner) leaves the searchable text as it was.
          if (searchableChanged(before!, row)) {
            search.text[at] = searchTextOf(row);
            search.dirty.add(at);
          }
        }
        if (loads) updateLoads(loads, before, row);
      }
    } else {
      rebuild = true;
    }
  }
  if (rebuild) {
    void load();
    return;
  }
  if (!changed) return;
  publishChange(kept);
}

/** Publishes the changed accounts as a new version, with the sort orders the change kept. */
function publishChange(kept: ReadonlySet<SortKey>) {
  if (state.kind !== 'ready') return;
  const next = nextVersion();
  orders.carryOver(kept, state.data.version, next);
  publish({ kind: 'ready', data: { ...state.data, version: next } });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  preloadAccounts();
  return () => listeners.delete(listener);
}

/**
 * Starts reading every account unless they are read or being read. The app calls it when idle
 * after start: most screens need the accounts, and 250,000 take seconds to read.
 */
export function preloadAccounts(): void {
  if (state.kind !== 'idle') return;
  unsubscribe ??= db.journal.subscribe(applyChanges);
  void load();
}

/** All accounts in memory (read ahead when idle, or on first use), kept current from changes. */
export function useAccountData(): State {
  return useSyncExternalStore(subscribe, () => state);
}

/**
 * Balance sums for the current accounts: computed once (and again only when the weights or
 * the whole workspace change); account edits adjust them in place.
 */
export function loadsFor(data: AccountData, weights: SegmentWeights): Loads {
  if (!loads || loads.weights !== JSON.stringify(weights))
    loads = computeAllLoads(data.accounts, weights);
  return loads;
}

/** The ascending order for a sort key, cached per data version. */
export function orderFor(data: AccountData, key: SortKey): Int32Array {
  return orders.get(data.accounts, data.version, key);
}

const preparedShows = new WeakMap<readonly Account[], PreparedShow>();

/**
 * Works out ahead (while a preview is read) what showing these changed accounts would change:
 * their places and the balance sums' differences. Showing them then costs a few hundred sums
 * instead of thousands of look-ups, as long as no account and no weight changed meanwhile.
 * Only for edits that leave every searchable field as it was (moves), each account once.
 */
export function prepareShowing(rows: readonly Account[]): void {
  if (state.kind !== 'ready') return;
  const { accounts, indexById, version } = state.data;
  const prepared = prepareShow(accounts, indexById, version, loads, rows);
  if (prepared) preparedShows.set(rows, prepared);
}

/**
 * Shows rows a command is writing at once, before their durable write commits: the very same
 * objects then arrive with the committed change and are skipped. If the write fails,
 * `resyncAccounts` puts back what is really stored.
 */
function showOptimistically(rows: readonly Account[]): void {
  if (state.kind !== 'ready') return;
  const prepared = preparedShows.get(rows);
  if (
    prepared &&
    prepared.version === state.data.version &&
    (prepared.differences?.weights ?? null) === (loads?.weights ?? null)
  ) {
    const { accounts } = state.data;
    rows.forEach((row, i) => (accounts[prepared.places[i]!] = row));
    if (loads && prepared.differences) {
      addLoads(loads.byMember, prepared.differences.byMember);
      addLoads(loads.byTerritory, prepared.differences.byTerritory);
    }
    const kept = orders.keptAt(prepared.version);
    for (const key of kept) if (!prepared.unsorted.has(key)) kept.delete(key);
    publishChange(kept);
    return;
  }
  applyChanges([
    { type: 'put', table: 'accounts', rows: rows as unknown as Array<Record<string, unknown>> },
  ]);
}

/**
 * The rows as this window holds them (optimistic placements included), or null when they are
 * not all loaded: lets a write skip reading back thousands of rows it already has.
 */
export function accountsInMemory(ids: readonly string[]): Account[] | null {
  if (state.kind !== 'ready') return null;
  const { accounts, indexById } = state.data;
  const rows: Account[] = [];
  for (const id of ids) {
    const at = indexById.get(id);
    if (at === undefined) return null;
    rows.push(accounts[at]!);
  }
  return rows;
}

/** The version of the accounts in memory (null until loaded): bumped by every change. */
export function accountsVersionNow(): number | null {
  return state.kind === 'ready' ? state.data.version : null;
}

/** Reads the accounts again: after a failed transaction, or when reading them failed. */
export function resyncAccounts(): void {
  if (state.kind === 'ready' || state.kind === 'failed') void load();
}

// Commands writing accounts show them here at once; a failed transaction reloads what is stored.
registerOptimistic('accounts', {
  show: (rows) => showOptimistically(rows as unknown as Account[]),
  reload: resyncAccounts,
  current: (ids) => accountsInMemory(ids) as unknown as Row[] | null,
});

/** For tests: forget everything, as a fresh window would (and read `pageRows` per page). */
export function resetAccountStore({ pageRows = ACCOUNT_PAGE_ROWS } = {}) {
  accountPageRows = pageRows;
  unsubscribe?.();
  unsubscribe = null;
  loads = null;
  orders.clear();
  loadGeneration += 1;
  changedDuringLoad = [];
  state = { kind: 'idle' };
  reportAccountLoad(0, 0);
}

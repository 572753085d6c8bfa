import {
  finishRows,
  MARKET_GROUPINGS,
  marketRows,
  sumRows,
  type MarketGrouping,
  type MarketRow,
  type RowSums,
} from '@shared/market/market-rows';
import { keyFor } from './market-keys';
import type { MarketData } from './use-market-data';

type Source = Pick<MarketData, 'accounts' | 'ytd' | 'territoriesById'>;

interface Kept {
  accounts: Source['accounts'];
  ytd: Source['ytd'];
  territoriesById: Source['territoriesById'];
  rows: Map<MarketGrouping, MarketRow[]>;
}

/**
 * The rows of each grouping before any drill, kept while the accounts, their year to date and
 * the territories are the same objects: choosing another grouping — a pass over every account,
 * ~30 ms at 250,000 — is then a lookup. The year to date is what marks an edit: the account
 * store changes rows inside the same array, and the year to date is worked out anew for each
 * version of the accounts (`useMarketData`).
 */
let kept: Kept | null = null;

function keptFor(source: Source): Kept {
  if (
    kept?.accounts !== source.accounts ||
    kept.ytd !== source.ytd ||
    kept.territoriesById !== source.territoriesById
  )
    kept = {
      accounts: source.accounts,
      ytd: source.ytd,
      territoriesById: source.territoriesById,
      rows: new Map(),
    };
  return kept;
}

export function topRows(source: Source, grouping: MarketGrouping): MarketRow[] {
  const entry = keptFor(source);
  let rows = entry.rows.get(grouping);
  if (!rows) {
    rows = marketRows(source.accounts, source.ytd, keyFor(grouping, source.territoriesById));
    entry.rows.set(grouping, rows);
  }
  return rows;
}

interface IdleDeadline {
  timeRemaining(): number;
}
type Idle = (work: (deadline: IdleDeadline) => void) => () => void;

const browserIdle: Idle = (work) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work);
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(() => work({ timeRemaining: () => 5 }), 1);
  return () => clearTimeout(timer);
};

/** Accounts summed between two looks at the idle deadline (~1 ms at 250,000). */
const SLICE = 5_000;

/**
 * Sums the groupings not kept yet while the app is idle, in slices that leave the rest of the
 * idle period free (so a click waits for one slice at most); returns the cancel.
 */
export function warmTopRows(source: Source, idle: Idle = browserIdle): () => void {
  const entry = keptFor(source);
  const waiting = MARKET_GROUPINGS.filter((g) => !entry.rows.has(g));
  let cancel: (() => void) | null = null;
  let grouping: MarketGrouping | undefined;
  let keyOf: ReturnType<typeof keyFor> = () => null;
  let sums: RowSums = new Map();
  let next = 0;
  const begin = () => {
    grouping = waiting.shift();
    if (grouping) keyOf = keyFor(grouping, source.territoriesById);
    [sums, next] = [new Map(), 0];
  };
  const step = (deadline: IdleDeadline) => {
    // Stale data (a change meanwhile) is not worth summing.
    if (kept !== entry) return;
    while (grouping && deadline.timeRemaining() > 1) {
      if (entry.rows.has(grouping)) {
        begin();
        continue;
      }
      const to = Math.min(next + SLICE, source.accounts.length);
      sumRows(sums, source.accounts, source.ytd, keyOf, next, to);
      next = to;
      if (next === source.accounts.length) {
        entry.rows.set(grouping, finishRows(sums));
        begin();
      }
    }
    cancel = grouping ? idle(step) : null;
  };
  begin();
  if (grouping) cancel = idle(step);
  return () => cancel?.();
}

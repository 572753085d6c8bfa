import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '@shared/demo/generate-workspace';
import { MARKET_GROUPINGS, marketRows } from '@shared/market/market-rows';
import { keyFor } from '@renderer/features/market/market-keys';
import { topRows, warmTopRows } from '@renderer/features/market/top-rows';

const workspace = generateWorkspace({ asOf: '2026-11-15', seed: 7, accounts: 12_000 });
const source = () => ({
  accounts: [...workspace.accounts],
  ytd: Float64Array.from(workspace.accounts, (_, i) => (i % 17) * 1_000),
  territoriesById: new Map(workspace.territories.map((t) => [t.id, t])),
});
const expected = (s: ReturnType<typeof source>, grouping: (typeof MARKET_GROUPINGS)[number]) =>
  marketRows(s.accounts, s.ytd, keyFor(grouping, s.territoriesById));

/** Idle periods run by hand: each gets `ms` of time, counted down by the work it allows. */
function manualIdle(ms: number) {
  const queue: Array<(deadline: { timeRemaining(): number }) => void> = [];
  let periods = 0;
  return {
    idle: (work: (deadline: { timeRemaining(): number }) => void) => {
      queue.push(work);
      return () => queue.splice(queue.indexOf(work), 1);
    },
    /** Runs the idle periods asked for until none is; how many ran. */
    runAll() {
      while (queue.length > 0) {
        let left = ms;
        periods += 1;
        queue.shift()!({ timeRemaining: () => left-- });
      }
      return periods;
    },
    get waiting() {
      return queue.length;
    },
  };
}

describe('the market’s rows before any drill', () => {
  it('are the same figures as a fresh pass, for every grouping, and kept while the data is', () => {
    const data = source();
    for (const grouping of MARKET_GROUPINGS) {
      const rows = topRows(data, grouping);
      expect(rows).toEqual(expected(data, grouping));
      expect(topRows(data, grouping)).toBe(rows);
    }
    // A change saved: the account store replaces the row in the same array, and the year to
    // date is worked out anew for it — summed again, with the new figures.
    const moved = { ...data, ytd: Float64Array.from(data.ytd) };
    moved.accounts[0] = { ...moved.accounts[0]!, segment: 'A', potentialCents: 123_456_789 };
    const afterMove = topRows(moved, 'segment');
    expect(afterMove).toEqual(expected(moved, 'segment'));
    expect(afterMove.find((r) => r.key === 'A')!.potentialCents).toBeGreaterThan(123_456_789);
    // Other accounts (a workspace replaced): summed again, with the new figures.
    const changed = { ...data, accounts: data.accounts.map((a) => ({ ...a, potentialCents: 1 })) };
    const rows = topRows(changed, 'segment');
    expect(rows).toEqual(expected(changed, 'segment'));
    expect(rows.every((r) => r.potentialCents === r.accounts)).toBe(true);
  });

  it('are summed while idle in short slices, then taken without a pass', () => {
    const data = source();
    topRows(data, 'territory');
    const idle = manualIdle(4);
    warmTopRows(data, idle.idle);
    const figures = MARKET_GROUPINGS.map((grouping) => expected(data, grouping));
    const periods = idle.runAll();
    // Five groupings of 12,000 accounts in slices of 5,000, about three slices per period.
    expect(periods).toBeGreaterThan(4);
    // Different contents in the same array: a pass now would sum them, the kept rows do not.
    data.accounts.fill(data.accounts[0]!);
    MARKET_GROUPINGS.forEach((grouping, i) => expect(topRows(data, grouping)).toEqual(figures[i]));
  });

  it('stop when cancelled or when the data changed meanwhile', () => {
    const data = source();
    const idle = manualIdle(2);
    const cancel = warmTopRows(data, idle.idle);
    expect(idle.waiting).toBe(1);
    cancel();
    expect(idle.waiting).toBe(0);

    warmTopRows(data, idle.idle);
    const other = source();
    topRows(other, 'zone1');
    // The next idle period sees other data kept now and sums nothing more for the old.
    expect(idle.runAll()).toBe(1);
    expect(idle.waiting).toBe(0);
  });
});

import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { computeLoads, DEFAULT_SEGMENT_WEIGHTS } from '@shared/territory/balance';
import { db } from '@renderer/db/db';
import { sortOrder } from '@renderer/app/data/account-sort';
import {
  loadsFor,
  orderFor,
  prepareShowing,
  resetAccountStore,
  useAccountData,
} from '@renderer/app/data/account-store';
import type { Account } from '@shared/domain/account';
import { demoDatabase } from '../../render-app';
import { runCommand } from '@renderer/commands/run-command';
import { ALLOWED } from '@shared/commands/policy';
import type { Row } from '@shared/persistence/tables';
import { useAccountLoadProgress } from '@renderer/app/data/account-load-progress';

/** A demo workspace and a fresh store over it, loaded: returns its current data. */
async function freshStore({ pageRows }: { pageRows?: number } = {}) {
  await demoDatabase();
  resetAccountStore({ pageRows });
  const { result } = renderHook(() => useAccountData());
  await waitFor(() => expect(result.current.kind).toBe('ready'));
  return () => (result.current.kind === 'ready' ? result.current.data : null)!;
}

describe('account store', () => {
  it('keeps accounts and balance sums current from committed changes, without re-reading all', async () => {
    const ready = await freshStore();
    const first = ready();
    const sums = loadsFor(first, DEFAULT_SEGMENT_WEIGHTS);
    const readAll = db.accounts.toArray;
    let fullReads = 0;
    db.accounts.toArray = ((...args: Parameters<typeof readAll>) => {
      fullReads += 1;
      return readAll.apply(db.accounts, args);
    }) as typeof readAll;

    const target = first.accounts[3]!;
    const newOwner = first.accounts.find(
      (a) => a.ownerId && a.ownerId !== target.ownerId,
    )!.ownerId!;
    await db.accounts.update(target.id, { ownerId: newOwner, segment: 'A', potentialCents: 7 });
    await waitFor(() => expect(ready().version).toBeGreaterThan(first.version));
    expect(ready().accounts[3]).toMatchObject({ ownerId: newOwner, potentialCents: 7 });
    expect(fullReads).toBe(0);

    db.accounts.toArray = readAll;
    const fresh = await db.accounts.toArray();
    expect(sums.byMember).toEqual(computeLoads(fresh, [], DEFAULT_SEGMENT_WEIGHTS));
    expect(sums.byTerritory).toEqual(computeLoads(fresh, [], DEFAULT_SEGMENT_WEIGHTS, 'territory'));
  });

  it('shows a command’s rows before they commit, and does not apply them a second time after', async () => {
    const ready = await freshStore();
    const first = ready();
    const sums = loadsFor(first, DEFAULT_SEGMENT_WEIGHTS);
    const versions: number[] = [];
    const moved = first.accounts.slice(0, 3).map((a) => ({ ...a, potentialCents: 123 }));
    await runCommand({
      name: 'test.move',
      label: 'territories.undo',
      tables: ['accounts'],
      decide: () => ({ verdict: ALLOWED }),
      async apply({ write }) {
        await write.put('accounts', moved as unknown as Row[]);
        // Shown while the transaction is still open.
        versions.push(ready().version);
        expect(ready().accounts[0]!.potentialCents).toBe(123);
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // One new version for the change: the committed copy is the one already shown.
    expect(versions).toEqual([first.version + 1]);
    expect(ready().version).toBe(first.version + 1);
    const fresh = await db.accounts.toArray();
    expect(sums.byMember).toEqual(computeLoads(fresh, [], DEFAULT_SEGMENT_WEIGHTS));
  });

  /** A command writing `rows`, as a territory change does (shown before the commit). */
  const write = (rows: Account[]) =>
    runCommand({
      name: 'test.move',
      label: 'territories.undo',
      tables: ['accounts'],
      decide: () => ({ verdict: ALLOWED }),
      apply: ({ write }) => write.put('accounts', rows as unknown as Row[]),
    });

  /** Accounts handed to owners other than their own (a move: nothing searchable changes). */
  function movedAway(accounts: readonly Account[]) {
    const owners = [...new Set(accounts.map((a) => a.ownerId).filter(Boolean))];
    return accounts.slice(0, 6).map((a, i) => ({
      ...a,
      ownerId: owners[(owners.indexOf(a.ownerId) + 1 + i) % owners.length]!,
      territoryId: null,
    }));
  }

  async function expectSumsOfStored(sums: ReturnType<typeof loadsFor>) {
    const fresh = await db.accounts.toArray();
    expect(sums.byMember).toEqual(computeLoads(fresh, [], DEFAULT_SEGMENT_WEIGHTS));
    expect(sums.byTerritory).toEqual(computeLoads(fresh, [], DEFAULT_SEGMENT_WEIGHTS, 'territory'));
  }

  it('shows prepared moves with the balance sums a fresh count gives', async () => {
    const ready = await freshStore();
    const first = ready();
    const sums = loadsFor(first, DEFAULT_SEGMENT_WEIGHTS);
    const moved = movedAway(first.accounts);
    prepareShowing(moved);
    await write(moved);
    expect(ready().version).toBe(first.version + 1);
    expect(moved.map((a) => ready().accounts.find((b) => b.id === a.id))).toEqual(moved);
    await expectSumsOfStored(sums);
  });

  it('works prepared moves out afresh when an account changed after they were prepared', async () => {
    const ready = await freshStore();
    const first = ready();
    const sums = loadsFor(first, DEFAULT_SEGMENT_WEIGHTS);
    const moved = movedAway(first.accounts);
    prepareShowing(moved);
    // Someone else's edit commits in between: the prepared sums no longer fit.
    await db.accounts.update(moved[0]!.id, { potentialCents: 999_999_00 });
    await waitFor(() => expect(ready().version).toBeGreaterThan(first.version));
    await write(moved);
    await expectSumsOfStored(sums);
  });

  it('works prepared moves out afresh when the balance sums appeared after they were prepared', async () => {
    const ready = await freshStore();
    const moved = movedAway(ready().accounts);
    prepareShowing(moved);
    const sums = loadsFor(ready(), DEFAULT_SEGMENT_WEIGHTS);
    await write(moved);
    await expectSumsOfStored(sums);
  });

  it('shows the same account twice in one write as a fresh count would (not prepared)', async () => {
    const ready = await freshStore();
    const first = ready();
    const sums = loadsFor(first, DEFAULT_SEGMENT_WEIGHTS);
    const [once, again] = movedAway([first.accounts[0]!, first.accounts[0]!]);
    const twice = [once!, { ...again!, ownerId: first.accounts[1]!.ownerId }];
    prepareShowing(twice);
    await write(twice);
    await expectSumsOfStored(sums);
  });

  it('sorts the accounts read again after a deletion, not with the order of the ones before', async () => {
    const ready = await freshStore();
    const first = ready();
    expect(orderFor(first, 'name')).toHaveLength(first.accounts.length);
    // A deletion makes the store read every account again.
    await db.accounts.delete(first.accounts[0]!.id);
    await waitFor(() => expect(ready().accounts).toHaveLength(first.accounts.length - 1));
    const after = ready();
    const order = orderFor(after, 'name');
    expect(order).toHaveLength(after.accounts.length);
    const expected = after.accounts
      .map((a) => a.name)
      .sort((a, b) => a.localeCompare(b, 'de-DE', { sensitivity: 'base', numeric: true }));
    expect(Array.from(order, (i) => after.accounts[i]!.name)).toEqual(expected);
  });

  it('tells how far the load has come, and shows a change committed meanwhile once loaded', async () => {
    await demoDatabase();
    resetAccountStore({ pageRows: 10 });
    const target = (await db.accounts.toArray())[5]!;
    const states: string[] = [];
    const progress: string[] = [];
    renderHook(() => {
      const { read, total } = useAccountLoadProgress();
      progress.push(`${read}/${total}`);
    });
    const { result } = renderHook(() => {
      const state = useAccountData();
      states.push(state.kind);
      return state;
    });
    // The write is issued while the load reads: it must not be lost, whenever it commits.
    expect(result.current.kind).toBe('loading');
    await db.accounts.update(target.id, { potentialCents: 4242 });
    await waitFor(() =>
      expect(
        result.current.kind === 'ready' &&
          result.current.data.accounts.find((a) => a.id === target.id)?.potentialCents,
      ).toBe(4242),
    );
    expect(progress).toEqual(expect.arrayContaining(['10/50', '50/50']));
    // Done: the indicator shows nothing to wait for.
    expect(progress.at(-1)).toBe('0/0');
    // A screen waiting for the accounts renders for the load's start and end, not per page.
    expect(states.filter((kind) => kind === 'loading').length).toBeLessThanOrEqual(2);
  });

  describe('sort orders', () => {
    /** The order a fresh sort of what the store holds gives. */
    const sortedNow = (data: { accounts: readonly Account[] }, key: 'name' | 'potential') =>
      Array.from(sortOrder(data.accounts, key));

    it('opens with the name order prepared from the pages, as a full sort gives it', async () => {
      // Pages of 7 over 50 accounts: the names are gathered across eight pages.
      const ready = await freshStore({ pageRows: 7 });
      expect(Array.from(orderFor(ready(), 'name'))).toEqual(sortedNow(ready(), 'name'));
    });

    it('keeps an order through moves and sorts again only for the key an edit changed', async () => {
      const ready = await freshStore();
      const byName = orderFor(ready(), 'name');
      const byPotential = orderFor(ready(), 'potential');

      // A committed move (owner and territory): neither order needs sorting again.
      const moved = movedAway(ready().accounts);
      await db.accounts.bulkPut(moved);
      await waitFor(() => expect(ready().accounts[0]!.ownerId).toBe(moved[0]!.ownerId));
      expect(orderFor(ready(), 'name')).toBe(byName);
      expect(orderFor(ready(), 'potential')).toBe(byPotential);

      // A prepared move shown before its commit: the same.
      const again = movedAway(ready().accounts);
      prepareShowing(again);
      await write(again);
      expect(orderFor(ready(), 'name')).toBe(byName);

      // A new potential: that order is worked out again and right; the names' stays.
      const first = ready().accounts[0]!;
      const largest = Math.max(...ready().accounts.map((a) => a.potentialCents));
      await db.accounts.update(first.id, { potentialCents: largest + 1 });
      await waitFor(() => expect(ready().accounts[0]!.potentialCents).toBe(largest + 1));
      expect(orderFor(ready(), 'name')).toBe(byName);
      const potential = orderFor(ready(), 'potential');
      expect(potential).not.toBe(byPotential);
      expect(Array.from(potential)).toEqual(sortedNow(ready(), 'potential'));
      expect(potential.at(-1)).toBe(0);

      // A rename moves the account in the name order.
      await db.accounts.update(first.id, { name: 'Zzz Letzte GmbH' });
      await waitFor(() => expect(ready().accounts[0]!.name).toBe('Zzz Letzte GmbH'));
      const names = orderFor(ready(), 'name');
      expect(Array.from(names)).toEqual(sortedNow(ready(), 'name'));
      expect(names.at(-1)).toBe(0);
    });

    it('sorts again after a prepared show that changes a sort key', async () => {
      const ready = await freshStore();
      const byPotential = orderFor(ready(), 'potential');
      const changed = movedAway(ready().accounts).map((a, i) => ({ ...a, potentialCents: i }));
      prepareShowing(changed);
      await write(changed);
      expect(orderFor(ready(), 'potential')).not.toBe(byPotential);
      expect(Array.from(orderFor(ready(), 'potential'))).toEqual(sortedNow(ready(), 'potential'));
    });
  });
});

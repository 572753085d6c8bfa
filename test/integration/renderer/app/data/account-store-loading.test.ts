import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@renderer/db/db';
import { coerceSettings } from '@renderer/db/settings';
import { createWorkspace } from '@renderer/db/workspace';
import {
  loadsFor,
  resetAccountStore,
  useAccountData,
  type AccountData,
} from '@renderer/app/data/account-store';
import { accountSums, AccountSumsTally } from '@renderer/app/data/account-sums';
import { computeAllLoads } from '@renderer/app/data/balance-loads';
import { useAccountLoadProgress } from '@renderer/app/data/account-load-progress';
import { smallDemo } from '../../render-app';

describe('account store while the accounts load', () => {
  it('shows changes committed between the pages, also to accounts already read', async () => {
    db.close();
    await db.delete();
    await db.open();
    await createWorkspace(db, 'demo', smallDemo(), { appVersion: 'test' });
    const stored = await db.accounts.toArray();
    expect(stored.length).toBeGreaterThan(30);
    // Pages of seven: the first page is read before the write, the last ones after it.
    resetAccountStore({ pageRows: 7 });
    const early = stored[2]!;
    const late = stored[stored.length - 2]!;
    let written: Promise<unknown> | null = null;
    const { result } = renderHook(() => {
      const state = useAccountData();
      const { read } = useAccountLoadProgress();
      // Another command's write, as soon as the first page is in.
      if (state.kind === 'loading' && read > 0 && read < stored.length)
        written ??= db.accounts.bulkPut([
          { ...early, potentialCents: 111 },
          { ...late, potentialCents: 222 },
        ]);
      return state;
    });
    await waitFor(() => expect(result.current.kind).toBe('ready'));
    expect(written).not.toBeNull();
    await written;
    const shown = (id: string) =>
      result.current.kind === 'ready'
        ? result.current.data.accounts.find((a) => a.id === id)?.potentialCents
        : undefined;
    await waitFor(() => expect([shown(early.id), shown(late.id)]).toEqual([111, 222]));
    expect(result.current.kind === 'ready' && result.current.data.accounts).toHaveLength(
      stored.length,
    );
  });

  it("has the screens' sums ready with the accounts, gathered page by page and right", async () => {
    db.close();
    await db.delete();
    await db.open();
    await createWorkspace(db, 'demo', smallDemo(), { appVersion: 'test' });
    const weights = coerceSettings(await db.settings.toArray()).segmentWeights;
    const added = vi.spyOn(AccountSumsTally.prototype, 'add');
    resetAccountStore({ pageRows: 7 });
    const { result } = renderHook(() => useAccountData());
    await waitFor(() => expect(result.current.kind).toBe('ready'));
    const data = (result.current as { data: AccountData }).data;
    const gathered = added.mock.calls.length;
    expect(gathered).toBe(data.accounts.length);
    // The first screen to ask walks nothing: the sums came with the pages.
    const sums = accountSums(data);
    expect(added.mock.calls.length).toBe(gathered);
    // The same figures a walk over all accounts gives (a copy is another cache key).
    expect(sums).toEqual(accountSums({ ...data }));
    expect(sums.bases.size).toBeGreaterThan(1);
    const balance = loadsFor(data, weights);
    expect(balance.byMember).toEqual(computeAllLoads(data.accounts, weights).byMember);
    expect(balance.byTerritory).toEqual(computeAllLoads(data.accounts, weights).byTerritory);
    added.mockRestore();
  });
});

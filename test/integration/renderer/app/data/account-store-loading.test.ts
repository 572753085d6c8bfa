import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import { createWorkspace } from '@renderer/db/workspace';
import { resetAccountStore, useAccountData } from '@renderer/app/data/account-store';
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
});

import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { computeLoads, DEFAULT_SEGMENT_WEIGHTS } from '@shared/territory/balance';
import { db } from '@renderer/db/db';
import { createWorkspace } from '@renderer/db/workspace';
import { loadsFor, resetAccountStore, useAccountData } from '@renderer/app/data/account-store';
import { smallDemo } from '../../render-app';
import { runCommand } from '@renderer/commands/run-command';
import { ALLOWED } from '@shared/commands/policy';
import type { Row } from '@shared/persistence/tables';

/** A demo workspace and a fresh store over it, loaded: returns its current data. */
async function freshStore() {
  db.close();
  await db.delete();
  await db.open();
  await createWorkspace(db, 'demo', smallDemo(), { appVersion: 'test' });
  resetAccountStore();
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
});

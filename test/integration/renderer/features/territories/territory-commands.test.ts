import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { previewAssignment } from '@shared/territory/rule-change-preview';
import { db } from '@renderer/db/db';
import { createWorkspace } from '@renderer/db/workspace';
import { resetAccountStore, useAccountData } from '@renderer/app/data/account-store';
import {
  changeTerritoryCommand,
  prepareTerritoryMoves,
  territoryChange,
} from '@renderer/features/territories/territory-commands';
import { saveAccountCommand } from '@renderer/features/accounts/account-repository';
import type { Territory } from '@shared/domain/territory';
import type { Placement } from '@shared/territory/rule-change-preview';
import { applied, as, redoLast, undoLast } from '../../commands/acting';

const applyTerritoryChange = async (
  before: Territory,
  after: Territory,
  placements: Placement[],
  previous: Placement[],
) =>
  applied(
    await as(null, changeTerritoryCommand(territoryChange(before, after, placements, previous))),
  );
import { smallDemo } from '../../render-app';

async function freshWorkspace() {
  db.close();
  await db.delete();
  await db.open();
  await createWorkspace(db, 'demo', smallDemo(), { appVersion: 'test' });
  resetAccountStore();
}

/** Another member's territory takes over the postal codes of a few accounts (exact rules). */
async function takeOverChange() {
  const territories = await db.territories.toArray();
  const accounts = await db.accounts.toArray();
  const moving = accounts.filter((a) => a.territoryId && !a.pinnedOwnerId).slice(0, 5);
  const to = territories.find(
    (t) => t.kind === 'territory' && t.ownerId && moving.every((a) => a.ownerId !== t.ownerId),
  )!;
  const after = {
    ...to,
    rules: [...to.rules, ...moving.map((a) => ({ kind: 'exact' as const, from: a.postalCode }))],
  };
  const preview = previewAssignment(
    accounts,
    territories.map((t) => (t.id === after.id ? after : t)),
  );
  return { before: to, after, preview };
}

describe('territory commands', () => {
  beforeEach(freshWorkspace);
  afterEach(() => vi.restoreAllMocks());

  it('writes the territory and the accounts it moves, and undo/redo put each account back exactly', async () => {
    const { result } = renderHook(() => useAccountData());
    await waitFor(() => expect(result.current.kind).toBe('ready'));
    const stored = await db.accounts.toArray();
    const { before, after, preview } = await takeOverChange();
    expect(preview.changes.length).toBeGreaterThan(0);
    const readBack = vi.spyOn(db.accounts, 'bulkGet');

    await applyTerritoryChange(before, after, preview.changes, preview.before);
    // The loaded window supplies the rows; nothing is read back.
    expect(readBack).not.toHaveBeenCalled();
    expect((await db.territories.get(after.id))?.rules).toEqual(after.rules);
    for (const placement of preview.changes) {
      const row = await db.accounts.get(placement.id);
      const original = stored.find((a) => a.id === placement.id)!;
      // Only the placement changed; every other field is what was stored.
      expect(row).toEqual({ ...original, ...placement });
    }

    await undoLast();
    expect(await db.accounts.toArray()).toEqual(stored);
    expect((await db.territories.get(after.id))?.rules).toEqual(before.rules);
    await redoLast();
    expect(await db.accounts.get(preview.changes[0]!.id)).toMatchObject(preview.changes[0]!);
  });

  it('reads the rows from the database when no window has loaded them', async () => {
    const stored = await db.accounts.toArray();
    const { before, after, preview } = await takeOverChange();
    await applyTerritoryChange(before, after, preview.changes, preview.before);
    for (const placement of preview.changes) {
      const original = stored.find((a) => a.id === placement.id)!;
      expect(await db.accounts.get(placement.id)).toEqual({ ...original, ...placement });
    }
  });

  it('a failed write keeps what was stored and shows it again', async () => {
    const { result } = renderHook(() => useAccountData());
    await waitFor(() => expect(result.current.kind).toBe('ready'));
    const stored = await db.accounts.toArray();
    const { before, after, preview } = await takeOverChange();
    vi.spyOn(db.accounts, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));

    await expect(
      applyTerritoryChange(before, after, preview.changes, preview.before),
    ).rejects.toThrow('disk full');
    expect(await db.accounts.toArray()).toEqual(stored);
    expect((await db.territories.get(after.id))?.rules).toEqual(before.rules);
    await waitFor(() => {
      const data = result.current.kind === 'ready' ? result.current.data : null;
      const moved = data?.accounts.find((a) => a.id === preview.changes[0]!.id);
      expect(moved?.territoryId).toBe(stored.find((a) => a.id === moved?.id)?.territoryId);
    });
  });

  it('a change prepared while the preview is read writes what one worked out on Apply writes', async () => {
    const { result } = renderHook(() => useAccountData());
    await waitFor(() => expect(result.current.kind).toBe('ready'));
    const stored = await db.accounts.toArray();
    const { before, after, preview } = await takeOverChange();
    prepareTerritoryMoves(preview.changes, preview.before);

    await applyTerritoryChange(before, after, preview.changes, preview.before);
    for (const placement of preview.changes) {
      const original = stored.find((a) => a.id === placement.id)!;
      expect(await db.accounts.get(placement.id)).toEqual({ ...original, ...placement });
    }
    await undoLast();
    expect(await db.accounts.toArray()).toEqual(stored);
  });

  it('an account edited after the preview was prepared keeps the edit when the change is applied', async () => {
    const { result } = renderHook(() => useAccountData());
    await waitFor(() => expect(result.current.kind).toBe('ready'));
    const { before, after, preview } = await takeOverChange();
    prepareTerritoryMoves(preview.changes, preview.before);
    // Someone renames a moving account between the preview and Apply.
    const moving = (await db.accounts.get(preview.changes[0]!.id))!;
    const { id, territoryId: _t, ownerId: _o, ...fields } = moving;
    applied(await as(null, saveAccountCommand({ ...fields, name: 'Umbenannt GmbH' }, id)));
    await waitFor(() => {
      const data = result.current.kind === 'ready' ? result.current.data : null;
      expect(data?.accounts.find((a) => a.id === id)?.name).toBe('Umbenannt GmbH');
    });

    await applyTerritoryChange(before, after, preview.changes, preview.before);
    expect(await db.accounts.get(id)).toEqual({
      ...moving,
      name: 'Umbenannt GmbH',
      ...preview.changes[0]!,
    });
  });

  it("a Junior's prepared change still goes to their Senior and moves nothing", async () => {
    const { result } = renderHook(() => useAccountData());
    await waitFor(() => expect(result.current.kind).toBe('ready'));
    const members = await db.members.toArray();
    const senior = members.find((m) => m.level === 'senior' && m.active)!;
    const junior = members.find((m) => m.level === 'junior' && m.active)!;
    await db.members.put({ ...junior, supervisorId: senior.id });
    const stored = await db.accounts.toArray();
    const { before, after, preview } = await takeOverChange();
    prepareTerritoryMoves(preview.changes, preview.before);

    const outcome = await as(
      junior.id,
      changeTerritoryCommand(territoryChange(before, after, preview.changes, preview.before)),
    );
    expect(outcome).toMatchObject({ kind: 'proposed', approval: { approverId: senior.id } });
    expect(await db.accounts.toArray()).toEqual(stored);
  });
});

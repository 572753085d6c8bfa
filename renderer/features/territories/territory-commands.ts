import type { Account } from '../../../shared/domain/account';
import type { Territory } from '../../../shared/domain/territory';
import type { Placement } from '../../../shared/territory/rule-change-preview';
import { afterPaint } from '../../app/after-paint';
import { db } from '../../db/db';
import { accountsInMemory, placeOptimistically, resyncAccounts } from '../accounts/account-store';
import type { UndoableChange } from '../../store/slices/history';

const ROWS_PER_PUT = 1_000;

/**
 * Writes territories and the accounts they move in one transaction (atomic: all or nothing). The
 * accounts show their new place at once; a failed write puts back what is stored.
 */
async function write(
  territories: Territory[],
  removed: string[],
  placements: Placement[],
): Promise<void> {
  placeOptimistically(placements);
  try {
    // Serialising thousands of rows for IndexedDB blocks the main thread: paint first.
    if (placements.length > 500) await afterPaint();
    await db.transaction('rw', db.territories, db.accounts, async () => {
      if (removed.length) await db.territories.bulkDelete(removed);
      if (territories.length) await db.territories.bulkPut(territories);
      const ids = placements.map((p) => p.id);
      // Reading 8,000 rows back costs the main thread ~90 ms of deserialising; the window
      // already holds them, placed.
      const rows =
        accountsInMemory(ids) ??
        (await db.accounts.bulkGet(ids)).flatMap((account, i) =>
          account ? [{ ...account, ...placements[i]! } as Account] : [],
        );
      // In pieces: each piece is serialised in its own task, so the frame showing the change
      // (and any click) gets in between instead of waiting ~250 ms for all 8,000 rows.
      for (let start = 0; start < rows.length; start += ROWS_PER_PUT) {
        await db.accounts.bulkPut(rows.slice(start, start + ROWS_PER_PUT));
      }
    });
  } catch (error) {
    resyncAccounts();
    throw error;
  }
}

/**
 * Applies a territory change with the account placements the preview computed, and returns
 * how to undo and redo it exactly (the previous territory and each account's previous place).
 */
export async function applyTerritoryChange(
  before: Territory | null,
  after: Territory,
  placements: Placement[],
  previous: Placement[],
): Promise<UndoableChange> {
  const undoPlacements = previous;
  await write([after], [], placements);
  return {
    label: 'territories.history.change',
    labelParams: { name: after.name },
    undo: () => write(before ? [before] : [], before ? [] : [after.id], undoPlacements),
    redo: () => write([after], [], placements),
  };
}

/** Adds an empty territory (or region); undo removes it again. */
export async function addTerritory(territory: Territory): Promise<UndoableChange> {
  await db.territories.add(territory);
  return {
    label: 'territories.history.change',
    labelParams: { name: territory.name },
    undo: () => db.territories.delete(territory.id),
    redo: () => db.territories.put(territory).then(() => undefined),
  };
}

import type { Account } from '../../../shared/domain/account';
import type { AccountFields } from '../../../shared/domain/account-validation';
import type { Territory } from '../../../shared/domain/territory';
import { buildTerritoryIndex } from '../../../shared/territory/territory-index';
import { db } from '../../db/db';
import type { UndoableChange } from '../../store/slices/history';

/** Territory and owner follow from the postal code (most specific rule), unless pinned. */
export function placeAccount(
  fields: Pick<AccountFields, 'postalCode' | 'pinnedOwnerId'>,
  territoryOf: (postalCode: string) => string | null,
  territoriesById: ReadonlyMap<string, Territory>,
): Pick<Account, 'territoryId' | 'ownerId'> {
  const territoryId = territoryOf(fields.postalCode);
  const owner = territoryId ? (territoriesById.get(territoryId)?.ownerId ?? null) : null;
  return { territoryId, ownerId: fields.pinnedOwnerId ?? owner };
}

/** Puts an account back as it was (or removes it if it did not exist): the undo of an edit. */
async function restore(id: string, before: Account | undefined): Promise<void> {
  if (before) await db.accounts.put(before);
  else await db.accounts.delete(id);
}

/**
 * Stores an account with its territory and owner worked out in the same transaction, and
 * returns how to undo and redo the edit.
 */
export async function saveAccount(
  fields: AccountFields,
  id: string | null,
): Promise<{ account: Account; change: UndoableChange }> {
  const { account, before } = await db.transaction('rw', db.accounts, db.territories, async () => {
    const territories = await db.territories.toArray();
    const index = buildTerritoryIndex(territories);
    const account: Account = {
      ...fields,
      id: id ?? crypto.randomUUID(),
      ...placeAccount(fields, index.territoryOf, new Map(territories.map((t) => [t.id, t]))),
    };
    const previous = id ? await db.accounts.get(id) : undefined;
    await db.accounts.put(account);
    return { account, before: previous };
  });
  return {
    account,
    change: {
      label: 'accounts.history.edit',
      labelParams: { name: account.name },
      undo: () => restore(account.id, before),
      redo: () => db.accounts.put(account).then(() => undefined),
    },
  };
}

export async function deleteAccount(id: string): Promise<UndoableChange | null> {
  const before = await db.accounts.get(id);
  if (!before) return null;
  await db.accounts.delete(id);
  return {
    label: 'accounts.history.edit',
    labelParams: { name: before.name },
    undo: () => db.accounts.put(before).then(() => undefined),
    redo: () => db.accounts.delete(id),
  };
}

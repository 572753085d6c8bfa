import type { Account } from '../../../shared/domain/account';
import type { AccountFields } from '../../../shared/domain/account-validation';
import type { Territory } from '../../../shared/domain/territory';
import { buildTerritoryIndex } from '../../../shared/territory/territory-index';
import { db } from '../../db/db';

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

/** Stores an account with its territory and owner worked out in the same transaction. */
export async function saveAccount(fields: AccountFields, id: string | null): Promise<Account> {
  return db.transaction('rw', db.accounts, db.territories, async () => {
    const territories = await db.territories.toArray();
    const index = buildTerritoryIndex(territories);
    const account: Account = {
      ...fields,
      id: id ?? crypto.randomUUID(),
      ...placeAccount(fields, index.territoryOf, new Map(territories.map((t) => [t.id, t]))),
    };
    await db.accounts.put(account);
    return account;
  });
}

export async function deleteAccount(id: string): Promise<void> {
  await db.accounts.delete(id);
}

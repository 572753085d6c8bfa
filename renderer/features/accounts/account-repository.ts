import type { Account } from '@shared/domain/account';
import type { AccountFields } from '@shared/domain/account-validation';
import type { Territory } from '@shared/domain/territory';
import { buildTerritoryIndex } from '@shared/territory/territory-index';
import { accountEditVerdict, teamDataVerdict } from '@shared/commands/policy';
import type { Row } from '@shared/persistence/tables';
import type { Command } from '@renderer/commands/command';

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

/**
 * Stores an account with its territory and owner worked out from the rules in the same
 * transaction. Its owner, a Senior or the lead edits it; a Junior does not change its owner
 * here (that is a request) nor create accounts that land with someone else.
 */
export function saveAccountCommand(fields: AccountFields, id: string | null): Command<Account> {
  let account: Account;
  return {
    name: 'accounts.save',
    label: 'accounts.history.edit',
    labelParams: { name: fields.name },
    tables: ['accounts', 'territories'],
    async decide({ db, actor }) {
      const territories = await db.territories.toArray();
      const index = buildTerritoryIndex(territories);
      account = {
        ...fields,
        id: id ?? crypto.randomUUID(),
        ...placeAccount(fields, index.territoryOf, new Map(territories.map((t) => [t.id, t]))),
      };
      const before = id ? ((await db.accounts.get(id)) ?? null) : null;
      return { verdict: accountEditVerdict(actor, before, account.ownerId) };
    },
    async apply({ write }) {
      await write.put('accounts', [account as unknown as Row]);
      return account;
    },
  };
}

/** Deletes an account: the lead or a Senior (undoable like any change). */
export function deleteAccountCommand(account: Pick<Account, 'id' | 'name'>): Command {
  return {
    name: 'accounts.delete',
    label: 'accounts.history.edit',
    labelParams: { name: account.name },
    tables: ['accounts'],
    decide: ({ actor }) => ({ verdict: teamDataVerdict(actor) }),
    apply: ({ write }) => write.delete('accounts', [account.id]),
  };
}

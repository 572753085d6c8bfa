import { ownershipMove, ownershipVerdict, stricter, ALLOWED } from '@shared/commands/policy';
import type { Account } from '@shared/domain/account';
import type { Territory } from '@shared/domain/territory';
import type { Placement } from '@shared/territory/rule-change-preview';
import { accountMoves, type TerritoryChange } from '@shared/territory/territory-change';
import type { Row } from '@shared/persistence/tables';
import type { Command } from '@renderer/commands/command';
import { sameRow } from '@renderer/commands/row-images';
import type { PlannerDatabase } from '@renderer/db/db';
import { accountsInMemory } from '@renderer/app/data/account-store';

/**
 * The accounts as they are now, in the order of `ids` (undefined: gone): from this window's
 * memory (250,000 loaded), else the database.
 */
async function accountsNow(
  db: PlannerDatabase,
  ids: readonly string[],
): Promise<Array<Account | undefined>> {
  return accountsInMemory(ids) ?? (await db.accounts.bulkGet([...ids]));
}

/** A territory edit as a change: the territory before and after, and every account it moves. */
export function territoryChange(
  before: Territory | null,
  after: Territory,
  placements: readonly Placement[],
  previous: readonly Placement[],
): TerritoryChange {
  return {
    territoryId: after.id,
    name: after.name,
    before,
    after,
    moves: accountMoves(
      placements.map((p, i) => ({
        id: p.id,
        fromTerritoryId: previous[i]?.territoryId ?? null,
        fromOwnerId: previous[i]?.ownerId ?? null,
        territoryId: p.territoryId,
        ownerId: p.ownerId,
      })),
    ),
  };
}

/**
 * Edits a territory (rules, owner, name, mentor) or adds one, moving the accounts its rules
 * now place elsewhere — all in one transaction. Moving accounts is an ownership decision: a
 * Junior's edit becomes a proposal for their Senior. `checkStale`: applying an approved
 * proposal, where the territory and each account must still be as the proposal saw them.
 */
export function changeTerritoryCommand(change: TerritoryChange, checkStale = false): Command {
  const { moves } = change;
  const ids = moves.ids;
  let rows: Array<Account | undefined> = [];
  return {
    name: 'territory.change',
    label: 'territories.history.change',
    labelParams: { name: change.name },
    tables: ['territories', 'accounts'],
    async decide({ db, actor }) {
      rows = await accountsNow(db, ids);
      if (checkStale) {
        const now = await db.territories.get(change.territoryId);
        const moved = ids.some((_, i) => {
          const account = rows[i];
          return (
            !account ||
            account.territoryId !== moves.fromTerritoryIds[i] ||
            account.ownerId !== moves.fromOwnerIds[i]
          );
        });
        if (
          moved ||
          !sameRow(now as Row | undefined, (change.before ?? undefined) as Row | undefined)
        )
          return { verdict: { kind: 'refused', reason: 'approvals.stale' } };
      }
      const owned = rows.flatMap((account, i) =>
        account ? [ownershipMove(account, moves.ownerIds[i]!)] : [],
      );
      // A territory changing hands is an ownership decision even before it holds accounts.
      const ownerChanged = (change.before?.ownerId ?? null) !== change.after.ownerId;
      const verdict = stricter(
        ownershipVerdict(actor, owned),
        ownerChanged && change.before
          ? ownershipVerdict(actor, [
              {
                accountId: change.territoryId,
                fromOwnerId: change.before.ownerId,
                toOwnerId: change.after.ownerId,
                large: false,
              },
            ])
          : ALLOWED,
      );
      return { verdict, record: { kind: 'territory', change } };
    },
    async apply({ write }) {
      const before: Account[] = [];
      const after: Account[] = [];
      rows.forEach((account, i) => {
        if (!account) return;
        before.push(account);
        after.push({
          ...account,
          territoryId: moves.territoryIds[i]!,
          ownerId: moves.ownerIds[i]!,
        });
      });
      // Accounts first: the window shows them moved while the rest is written.
      await write.put('accounts', after as unknown as Row[], before as unknown as Row[]);
      await write.put('territories', [change.after as unknown as Row]);
    },
  };
}

/**
 * Where a new territory goes: under the region chosen in the tree, beside the territory chosen
 * there, or at the top level when nothing is chosen.
 */
export function parentForNewTerritory(
  territories: readonly Territory[],
  selectedId: string | null,
): string | null {
  const current = territories.find((x) => x.id === selectedId);
  return current?.kind === 'region' ? current.id : (current?.parentId ?? null);
}

import {
  ownershipMove,
  ownershipVerdict,
  stricter,
  ALLOWED,
  type OwnershipMove,
} from '@shared/commands/policy';
import type { Account } from '@shared/domain/account';
import type { Territory } from '@shared/domain/territory';
import type { Placement } from '@shared/territory/rule-change-preview';
import {
  accountMoves,
  type AccountMoves,
  type TerritoryChange,
} from '@shared/territory/territory-change';
import type { Row } from '@shared/persistence/tables';
import type { Command } from '@renderer/commands/command';
import { sameRow } from '@renderer/commands/row-images';
import type { PlannerDatabase } from '@renderer/db/db';
import {
  accountsInMemory,
  accountsVersionNow,
  prepareShowing,
} from '@renderer/app/data/account-store';

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

const movesOf = (placements: readonly Placement[], previous: readonly Placement[]) =>
  accountMoves(
    placements.map((p, i) => ({
      id: p.id,
      fromTerritoryId: previous[i]?.territoryId ?? null,
      fromOwnerId: previous[i]?.ownerId ?? null,
      territoryId: p.territoryId,
      ownerId: p.ownerId,
    })),
  );

type Writes = ReturnType<typeof writesFor>;
/** What applying moves writes, worked out against one version of the accounts in memory. */
interface Prepared {
  version: number;
  writes: Writes;
}
const preparedMoves = new WeakMap<readonly Placement[], AccountMoves>();
const preparedWrites = new WeakMap<AccountMoves, Prepared>();

function writesFor(moves: AccountMoves, rows: ReadonlyArray<Account | undefined>) {
  const before: Account[] = [];
  const after: Account[] = [];
  const owned: OwnershipMove[] = [];
  rows.forEach((account, i) => {
    if (!account) return;
    before.push(account);
    after.push({ ...account, territoryId: moves.territoryIds[i]!, ownerId: moves.ownerIds[i]! });
    owned.push(ownershipMove(account, moves.ownerIds[i]!));
  });
  return { before, after, owned };
}

/**
 * Works out, while the person reads the preview, what applying it would write and show: an
 * Apply that moves thousands of accounts then only checks that the accounts in memory are
 * still the version this was worked out on, instead of spending its click on it. A later
 * version (any account change in between) is worked out afresh in the command.
 */
export function prepareTerritoryMoves(
  placements: readonly Placement[],
  previous: readonly Placement[],
): void {
  const version = accountsVersionNow();
  const known = preparedMoves.get(placements);
  if (version === null || (known && preparedWrites.get(known)?.version === version)) return;
  const moves = movesOf(placements, previous);
  // Null when an account is gone: Apply then works it out itself.
  const rows = accountsInMemory(moves.ids);
  if (!rows) return;
  const writes = writesFor(moves, rows);
  preparedMoves.set(placements, moves);
  preparedWrites.set(moves, { version, writes });
  // Showing the moved accounts (and the balance they change) is worked out ahead too.
  prepareShowing(writes.after);
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
    moves: preparedMoves.get(placements) ?? movesOf(placements, previous),
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
  let writes: Writes | null = null;
  return {
    name: 'territory.change',
    label: 'territories.history.change',
    labelParams: { name: change.name },
    tables: ['territories', 'accounts'],
    async decide({ db, actor }) {
      const prepared = preparedWrites.get(moves);
      if (prepared && prepared.version === accountsVersionNow()) {
        ({ writes } = prepared);
        rows = writes.before;
      } else {
        rows = await accountsNow(db, ids);
        writes = writesFor(moves, rows);
      }
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
      const { owned } = writes;
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
      const { before, after } = writes!;
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

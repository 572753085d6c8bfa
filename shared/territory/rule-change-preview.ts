import type { Account } from '../domain/account';
import type { Territory } from '../domain/territory';
import { buildTerritoryIndex, type RuleConflict } from './territory-index';

export type Placement = Pick<Account, 'id' | 'territoryId' | 'ownerId'>;

export interface OwnerFlow {
  from: string | null;
  to: string | null;
  accounts: number;
}

export interface AssignmentPreview {
  /** Accounts whose territory or owner changes, with their new placement. */
  changes: Placement[];
  /** The same accounts' current placement (what undo puts back), in the same order. */
  before: Placement[];
  /** How many accounts move from whom to whom (null = unassigned). */
  flows: OwnerFlow[];
  conflicts: RuleConflict[];
  /** Accounts no rule covers after the change. */
  unassigned: number;
}

type Placeable = Pick<Account, 'id' | 'postalCode' | 'territoryId' | 'ownerId' | 'pinnedOwnerId'>;

/**
 * What the territories would do to every account: its most specific rule's territory and that
 * territory's owner, unless the account is pinned. Shown before a change is applied.
 */
export function previewAssignment(
  accounts: readonly Placeable[],
  territories: readonly Territory[],
): AssignmentPreview {
  const index = buildTerritoryIndex(territories);
  const owners = new Map(territories.map((t) => [t.id, t.ownerId]));
  const flows = new Map<string, OwnerFlow>();
  const changes: Placement[] = [];
  const before: Placement[] = [];
  let unassigned = 0;
  for (const account of accounts) {
    const territoryId = index.territoryOf(account.postalCode);
    const ownerId =
      account.pinnedOwnerId ?? (territoryId ? (owners.get(territoryId) ?? null) : null);
    if (!ownerId) unassigned += 1;
    if (territoryId === account.territoryId && ownerId === account.ownerId) continue;
    changes.push({ id: account.id, territoryId, ownerId });
    before.push({ id: account.id, territoryId: account.territoryId, ownerId: account.ownerId });
    if (ownerId !== account.ownerId) {
      const key = `${account.ownerId}→${ownerId}`;
      const flow = flows.get(key) ?? { from: account.ownerId, to: ownerId, accounts: 0 };
      flow.accounts += 1;
      flows.set(key, flow);
    }
  }
  return {
    changes,
    before,
    flows: [...flows.values()].sort((a, b) => b.accounts - a.accounts),
    conflicts: index.conflicts,
    unassigned,
  };
}

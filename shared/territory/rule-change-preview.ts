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

export type Placeable = Pick<
  Account,
  'id' | 'postalCode' | 'territoryId' | 'ownerId' | 'pinnedOwnerId'
>;

/**
 * The accounts by postal code. Most accounts of a code sit alike (the code's territory and its
 * owner, not pinned); only the others are looked at one by one while the code's territory
 * and owner stay as they are.
 */
export interface PlacementGroups {
  accounts: readonly Placeable[];
  codes: string[];
  /** Per code, its accounts' positions in `accounts`. */
  members: number[][];
  /** Per code, the placement most of its unpinned accounts share (the first one's). */
  common: Array<{ territoryId: string | null; ownerId: string | null }>;
  /** Per code, how many of its accounts sit at the common placement, unpinned. */
  commonCount: number[];
  /** Per code, the positions of its other accounts (pinned or placed differently). */
  odd: number[][];
}

export function groupPlacements(accounts: readonly Placeable[]): PlacementGroups {
  const byCode = new Map<string, number>();
  const groups: PlacementGroups = {
    accounts,
    codes: [],
    members: [],
    common: [],
    commonCount: [],
    odd: [],
  };
  accounts.forEach((account, i) => {
    let group = byCode.get(account.postalCode);
    if (group === undefined) {
      group = groups.codes.length;
      byCode.set(account.postalCode, group);
      groups.codes.push(account.postalCode);
      groups.members.push([]);
      groups.common.push({ territoryId: account.territoryId, ownerId: account.ownerId });
      groups.commonCount.push(0);
      groups.odd.push([]);
    }
    groups.members[group]!.push(i);
    const common = groups.common[group]!;
    if (
      account.pinnedOwnerId === null &&
      account.territoryId === common.territoryId &&
      account.ownerId === common.ownerId
    )
      groups.commonCount[group]! += 1;
    else groups.odd[group]!.push(i);
  });
  return groups;
}

/**
 * What the territories would do to every account: its most specific rule's territory and that
 * territory's owner, unless the account is pinned. Shown before a change is applied. With the
 * accounts grouped by code (`groupPlacements`), each code is looked up once.
 */
export function previewAssignment(
  accounts: readonly Placeable[] | PlacementGroups,
  territories: readonly Territory[],
): AssignmentPreview {
  const groups = 'codes' in accounts ? accounts : null;
  const index = buildTerritoryIndex(territories);
  const owners = new Map(territories.map((t) => [t.id, t.ownerId]));
  const flows = new Map<string, OwnerFlow>();
  const changes: Placement[] = [];
  const before: Placement[] = [];
  let unassigned = 0;
  const flow = (from: string | null, to: string | null, count: number) => {
    const key = `${from}→${to}`;
    const entry = flows.get(key) ?? { from, to, accounts: 0 };
    entry.accounts += count;
    flows.set(key, entry);
  };
  const place = (account: Placeable, territoryId: string | null, ownerId: string | null) => {
    if (!ownerId) unassigned += 1;
    if (territoryId === account.territoryId && ownerId === account.ownerId) return;
    changes.push({ id: account.id, territoryId, ownerId });
    before.push({ id: account.id, territoryId: account.territoryId, ownerId: account.ownerId });
    if (ownerId !== account.ownerId) flow(account.ownerId, ownerId, 1);
  };
  if (groups) {
    const all = groups.accounts;
    groups.codes.forEach((code, group) => {
      const territoryId = index.territoryOf(code);
      const owner = territoryId ? (owners.get(territoryId) ?? null) : null;
      const common = groups.common[group]!;
      // The code stays where it is: only its odd accounts (pinned, placed apart) may change.
      const stays = territoryId === common.territoryId && owner === common.ownerId;
      if (stays && !owner) unassigned += groups.commonCount[group]!;
      for (const i of stays ? groups.odd[group]! : groups.members[group]!) {
        const account = all[i]!;
        place(account, territoryId, account.pinnedOwnerId ?? owner);
      }
    });
  } else {
    for (const account of accounts as readonly Placeable[]) {
      const territoryId = index.territoryOf(account.postalCode);
      place(
        account,
        territoryId,
        account.pinnedOwnerId ?? (territoryId ? (owners.get(territoryId) ?? null) : null),
      );
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

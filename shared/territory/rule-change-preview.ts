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
 * The accounts by postal code, and for each code whether all its accounts sit alike (same
 * territory and owner, none pinned): such a code is previewed once, not account by account.
 */
export interface PlacementGroups {
  accounts: readonly Placeable[];
  codes: string[];
  /** Per code, its accounts' positions in `accounts`. */
  members: number[][];
  /** Per code: true when its accounts share territory and owner and none is pinned. */
  alike: boolean[];
}

export function groupPlacements(accounts: readonly Placeable[]): PlacementGroups {
  const byCode = new Map<string, number>();
  const codes: string[] = [];
  const members: number[][] = [];
  const alike: boolean[] = [];
  accounts.forEach((account, i) => {
    let group = byCode.get(account.postalCode);
    if (group === undefined) {
      group = codes.length;
      byCode.set(account.postalCode, group);
      codes.push(account.postalCode);
      members.push([]);
      alike.push(true);
    }
    const first = accounts[members[group]![0] ?? i]!;
    if (
      account.pinnedOwnerId !== null ||
      account.territoryId !== first.territoryId ||
      account.ownerId !== first.ownerId
    )
      alike[group] = false;
    members[group]!.push(i);
  });
  return { accounts, codes, members, alike };
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
      const members = groups.members[group]!;
      const first = all[members[0]!]!;
      if (groups.alike[group] && territoryId === first.territoryId && owner === first.ownerId) {
        if (!owner) unassigned += members.length;
        return;
      }
      for (const i of members) {
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

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
 * and owner stay as they are. Flat typed arrays, built in two passes (a counting sort by code):
 * regrouping 250,000 accounts after a change costs a few milliseconds.
 */
export interface PlacementGroups {
  accounts: readonly Placeable[];
  codes: string[];
  /** Group g's accounts: `order[start[g]]` … `order[start[g + 1] − 1]` (positions in accounts). */
  start: Int32Array;
  order: Int32Array;
  /** Per group, the placement its first account has; most of the others share it. */
  commonTerritory: Array<string | null>;
  commonOwner: Array<string | null>;
  /** Per group, how many accounts sit at the common placement, unpinned. */
  commonCount: Int32Array;
  /** Group g's other accounts (pinned or placed differently): `odd[oddStart[g]]` … */
  oddStart: Int32Array;
  odd: Int32Array;
}

const FIVE_DIGITS = 100_000;

/** A five-digit code as its number, else -1 (such codes get buckets after the numbers). */
function codeNumber(code: string): number {
  if (code.length !== 5) return -1;
  let n = 0;
  for (let i = 0; i < 5; i += 1) {
    const d = code.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

export function groupPlacements(accounts: readonly Placeable[]): PlacementGroups {
  const n = accounts.length;
  const others = new Map<string, number>();
  const bucket = new Int32Array(n);
  for (let a = 0; a < n; a += 1) {
    const code = accounts[a]!.postalCode;
    let b = codeNumber(code);
    if (b < 0) {
      b = others.get(code) ?? FIVE_DIGITS + others.size;
      others.set(code, b);
    }
    bucket[a] = b;
  }
  const buckets = FIVE_DIGITS + others.size;
  const counts = new Int32Array(buckets);
  for (let a = 0; a < n; a += 1) counts[bucket[a]!]! += 1;
  // Groups in code order: the non-empty buckets.
  const groupOf = new Int32Array(buckets).fill(-1);
  const starts: number[] = [];
  let at = 0;
  for (let b = 0; b < buckets; b += 1) {
    if (counts[b] === 0) continue;
    groupOf[b] = starts.length;
    starts.push(at);
    at += counts[b]!;
  }
  const groups = starts.length;
  const start = Int32Array.from([...starts, n]);
  // Accounts are read in their own order (memory order: far faster than by code at 250,000).
  const order = new Int32Array(n);
  const fill = start.slice(0, groups);
  const codes = new Array<string>(groups);
  const commonTerritory = new Array<string | null>(groups);
  const commonOwner = new Array<string | null>(groups);
  const commonCount = new Int32Array(groups);
  const seen = new Uint8Array(groups);
  const isOdd = new Uint8Array(n);
  const oddCount = new Int32Array(groups);
  for (let a = 0; a < n; a += 1) {
    const g = groupOf[bucket[a]!]!;
    order[fill[g]!++] = a;
    const account = accounts[a]!;
    if (!seen[g]) {
      seen[g] = 1;
      codes[g] = account.postalCode;
      commonTerritory[g] = account.territoryId;
      commonOwner[g] = account.ownerId;
    }
    if (
      account.pinnedOwnerId === null &&
      account.territoryId === commonTerritory[g] &&
      account.ownerId === commonOwner[g]
    )
      commonCount[g]! += 1;
    else {
      isOdd[a] = 1;
      oddCount[g]! += 1;
    }
  }
  const oddStart = new Int32Array(groups + 1);
  for (let g = 0; g < groups; g += 1) oddStart[g + 1] = oddStart[g]! + oddCount[g]!;
  const odd = new Int32Array(oddStart[groups]!);
  const oddFill = oddStart.slice(0, groups);
  for (let a = 0; a < n; a += 1) if (isOdd[a]) odd[oddFill[groupOf[bucket[a]!]!]!++] = a;
  return {
    accounts,
    codes,
    start,
    order,
    commonTerritory,
    commonOwner,
    commonCount,
    oddStart,
    odd,
  };
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
      // The code stays where it is: only its odd accounts (pinned, placed apart) may change.
      const stays =
        territoryId === groups.commonTerritory[group] && owner === groups.commonOwner[group];
      const [list, from, to] = stays
        ? [groups.odd, groups.oddStart[group]!, groups.oddStart[group + 1]!]
        : [groups.order, groups.start[group]!, groups.start[group + 1]!];
      if (stays && !owner) unassigned += groups.commonCount[group]!;
      for (let i = from; i < to; i += 1) {
        const account = all[list[i]!]!;
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

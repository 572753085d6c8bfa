import type { Territory } from '../domain/territory';

/**
 * The accounts a change moves, column by column: a territory edit moves thousands, and one
 * array per field is far cheaper to store, clone and send than thousands of small objects.
 */
export interface AccountMoves {
  ids: string[];
  fromTerritoryIds: Array<string | null>;
  fromOwnerIds: Array<string | null>;
  territoryIds: Array<string | null>;
  ownerIds: Array<string | null>;
}

export function accountMoves(
  rows: ReadonlyArray<{
    id: string;
    fromTerritoryId: string | null;
    fromOwnerId: string | null;
    territoryId: string | null;
    ownerId: string | null;
  }>,
): AccountMoves {
  return {
    ids: rows.map((r) => r.id),
    fromTerritoryIds: rows.map((r) => r.fromTerritoryId),
    fromOwnerIds: rows.map((r) => r.fromOwnerId),
    territoryIds: rows.map((r) => r.territoryId),
    ownerIds: rows.map((r) => r.ownerId),
  };
}

/**
 * A territory's rules, owner or name changing (or a new territory), with the accounts that
 * move because of it: what a proposal carries and what applying it writes.
 */
export interface TerritoryChange {
  territoryId: string;
  name: string;
  before: Territory | null;
  after: Territory;
  moves: AccountMoves;
}

import type { Territory } from '../domain/territory';

/** One account a territory edit places elsewhere: where it was and where it goes. */
export interface TerritoryPlacement {
  id: string;
  name: string;
  fromTerritoryId: string | null;
  fromOwnerId: string | null;
  territoryId: string | null;
  ownerId: string | null;
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
  placements: TerritoryPlacement[];
}

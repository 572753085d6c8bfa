import type { Account } from '../domain/account';
import type { Territory } from '../domain/territory';
import type { Disruption } from './compare';
import type { Assignment, Scenario } from './scenario';

export type AccountPlacement = Pick<Account, 'id' | 'territoryId' | 'ownerId' | 'pinnedOwnerId'>;

/** A scenario as a change to the live assignment: what an approval carries and applying writes. */
export interface ScenarioChange {
  scenarioId: string;
  name: string;
  territories: Territory[];
  removedTerritoryIds: string[];
  /** The accounts whose territory, owner or pin changes, with their new place. */
  placements: Array<AccountPlacement & { name: string; fromOwnerId: string | null }>;
  disruption: Disruption;
}

/** The change plus what undo puts back (the live territories and places it replaces). */
export interface ScenarioApplication {
  change: ScenarioChange;
  previous: {
    territories: Territory[];
    removedTerritoryIds: string[];
    placements: AccountPlacement[];
  };
}

export function scenarioApplication(
  scenario: Pick<Scenario, 'id' | 'name' | 'territories'>,
  liveTerritories: readonly Territory[],
  accounts: readonly Pick<Account, 'id' | 'name' | 'territoryId' | 'ownerId' | 'pinnedOwnerId'>[],
  target: Assignment,
  disruption: Disruption,
): ScenarioApplication {
  const kept = new Set(scenario.territories.map((t) => t.id));
  const live = new Set(liveTerritories.map((t) => t.id));
  const placements: ScenarioChange['placements'] = [];
  const previous: AccountPlacement[] = [];
  accounts.forEach((account, i) => {
    const territoryId = target.territoryIds[i] ?? null;
    const ownerId = target.ownerIds[i] ?? null;
    const pinnedOwnerId = target.pinnedOwnerIds[i] ?? null;
    if (
      territoryId === account.territoryId &&
      ownerId === account.ownerId &&
      pinnedOwnerId === account.pinnedOwnerId
    )
      return;
    placements.push({
      id: account.id,
      name: account.name,
      territoryId,
      ownerId,
      pinnedOwnerId,
      fromOwnerId: account.ownerId,
    });
    previous.push({
      id: account.id,
      territoryId: account.territoryId,
      ownerId: account.ownerId,
      pinnedOwnerId: account.pinnedOwnerId,
    });
  });
  return {
    change: {
      scenarioId: scenario.id,
      name: scenario.name,
      territories: scenario.territories,
      removedTerritoryIds: liveTerritories.filter((t) => !kept.has(t.id)).map((t) => t.id),
      placements,
      disruption,
    },
    previous: {
      territories: [...liveTerritories],
      removedTerritoryIds: scenario.territories.filter((t) => !live.has(t.id)).map((t) => t.id),
      placements: previous,
    },
  };
}

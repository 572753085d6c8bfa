import { useMemo } from 'react';
import type { Territory } from '@shared/domain/territory';
import { buildTerritoryIndex, type TerritoryIndex } from '@shared/territory/territory-index';
import { db } from '@renderer/db/db';
import { useCachedQuery } from './cached-query';

export interface TerritoryData {
  territories: Territory[];
  index: TerritoryIndex;
  byId: Map<string, Territory>;
}

let last: { key: string; data: TerritoryData } | null = null;

/**
 * The territories with their postal-code index. The same objects come back while the content
 * is the same: every screen that reopens on unchanged territories (a query returns new rows
 * each time) keeps the index and all the map colours and paths cached on it.
 */
export function territoryData(territories: Territory[]): TerritoryData {
  const key = JSON.stringify(territories);
  if (last?.key === key) return last.data;
  const data = {
    territories,
    index: buildTerritoryIndex(territories),
    byId: new Map(territories.map((t) => [t.id, t])),
  };
  last = { key, data };
  return data;
}

const TERRITORIES = ['territories'] as const;

/** Territories (a few hundred at most), live, with the postal-code index built once per change. */
export function useTerritories(): TerritoryData | undefined {
  const territories = useCachedQuery('territories', TERRITORIES, () => db.territories.toArray());
  return useMemo(() => territories && territoryData(territories), [territories]);
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Territory } from '@shared/domain/territory';
import { buildTerritoryIndex, type TerritoryIndex } from '@shared/territory/territory-index';
import { db } from '@renderer/db/db';

/** Territories (a few hundred at most), live, with the postal-code index built once per change. */
export function useTerritories():
  { territories: Territory[]; index: TerritoryIndex; byId: Map<string, Territory> } | undefined {
  const territories = useLiveQuery(() => db.territories.toArray(), []);
  return useMemo(
    () =>
      territories && {
        territories,
        index: buildTerritoryIndex(territories),
        byId: new Map(territories.map((t) => [t.id, t])),
      },
    [territories],
  );
}

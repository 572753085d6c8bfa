import type { Territory } from '../domain/territory';
import { buildTerritoryIndex } from '../territory/territory-index';

/** A postal area that changes hands: its territory and owner before and after. */
export interface AreaMove {
  area: number;
  from: string | null;
  to: string | null;
  fromOwner: string | null;
  toOwner: string | null;
}

/**
 * The postal areas whose territory or owner differs between two sets of territories (live and
 * a scenario, or two scenarios): what a scenario's map points out.
 */
export function movedAreas(
  codes: readonly string[],
  before: readonly Territory[],
  after: readonly Territory[],
): AreaMove[] {
  const placeIn = (territories: readonly Territory[]) => {
    const index = buildTerritoryIndex(territories);
    const owners = new Map(territories.map((t) => [t.id, t.ownerId]));
    return (code: string) => {
      const id = index.territoryOf(code);
      return { id, owner: id === null ? null : (owners.get(id) ?? null) };
    };
  };
  const a = placeIn(before);
  const b = placeIn(after);
  const moves: AreaMove[] = [];
  codes.forEach((code, area) => {
    const from = a(code);
    const to = b(code);
    if (from.id !== to.id || from.owner !== to.owner)
      moves.push({ area, from: from.id, to: to.id, fromOwner: from.owner, toOwner: to.owner });
  });
  return moves;
}

/**
 * How many accounts that change owner each postal area holds (accounts off the map are not
 * counted): a scenario can move single accounts by pins while the territories stay.
 */
export function movedAccountsByArea(
  accounts: ReadonlyArray<{ postalCode: string }>,
  moved: readonly number[],
  areaOf: ReadonlyMap<string, number>,
  areaCount: number,
): Int32Array {
  const counts = new Int32Array(areaCount);
  for (const position of moved) {
    const area = areaOf.get(accounts[position]!.postalCode);
    if (area !== undefined) counts[area]! += 1;
  }
  return counts;
}

import type { Account } from '@shared/domain/account';
import type { Territory } from '@shared/domain/territory';
import { postalZone, type MarketGrouping } from '@shared/market/market-rows';

/** Where the user has drilled to: the grouping shown and the filters that led there. */
export interface MarketDrill {
  grouping: MarketGrouping;
  /** Each step: the grouping and the key chosen in it (e.g. zone1 "8", then zone2 "80"). */
  path: Array<{ grouping: MarketGrouping; key: string }>;
}

type Keyed = Pick<Account, 'postalCode' | 'segment' | 'ownerId' | 'territoryId'>;

/** The region a territory belongs to (a region is its own). */
export function regionOf(
  territoryId: string | null,
  byId: ReadonlyMap<string, Pick<Territory, 'id' | 'parentId'>>,
): string | null {
  let current = territoryId ? byId.get(territoryId) : undefined;
  while (current?.parentId && byId.has(current.parentId)) current = byId.get(current.parentId);
  return current?.id ?? null;
}

export function keyFor(
  grouping: MarketGrouping,
  byId: ReadonlyMap<string, Pick<Territory, 'id' | 'parentId'>>,
): (account: Keyed) => string | null {
  switch (grouping) {
    case 'zone1':
      return (a) => postalZone(a.postalCode, 1) || null;
    case 'zone2':
      return (a) => postalZone(a.postalCode, 2) || null;
    case 'region': {
      // One lookup per account: each territory's region, worked out once.
      const regions = new Map([...byId.keys()].map((id) => [id, regionOf(id, byId)]));
      return (a) => (a.territoryId ? (regions.get(a.territoryId) ?? null) : null);
    }
    case 'territory':
      return (a) => a.territoryId;
    case 'segment':
      return (a) => a.segment;
    case 'member':
      return (a) => a.ownerId;
  }
}

/** What drilling into a row of `grouping` shows next: a finer grouping, or the accounts. */
export function nextLevel(grouping: MarketGrouping): MarketGrouping | 'accounts' {
  return grouping === 'zone1' ? 'zone2' : grouping === 'region' ? 'territory' : 'accounts';
}

/** Whether an account lies on the drilled path. */
export function onPath(
  path: MarketDrill['path'],
  byId: ReadonlyMap<string, Pick<Territory, 'id' | 'parentId'>>,
): (account: Keyed) => boolean {
  const tests = path.map(({ grouping, key }) => {
    const keyOf = keyFor(grouping, byId);
    return (a: Keyed) => keyOf(a) === key;
  });
  return (a) => tests.every((test) => test(a));
}

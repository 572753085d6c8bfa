import type { Account } from '../domain/account';
import type { SegmentWeights } from '../territory/balance';

/** What the map can colour postal areas by, besides territory, owner and region. */
export const AREA_METRICS = [
  'whiteSpace',
  'potential',
  'revenue',
  'penetration',
  'workload',
  'accounts',
] as const;
export type AreaMetric = (typeof AREA_METRICS)[number];

/** The accounts' figures summed per postal area (one slot per area of the map). */
export interface AreaFigures {
  accounts: Int32Array;
  /** Cents. */
  potential: Float64Array;
  revenue: Float64Array;
  workload: Float64Array;
  /** The place most of an area's accounts name (the map data has no place names). */
  place: string[];
  /** Indexes of accounts whose postal code is not on the map: counted and listed, never guessed. */
  offMap: number[];
}

type Placed = Pick<
  Account,
  'postalCode' | 'city' | 'segment' | 'potentialCents' | 'priorYearRevenueCents'
>;

/** One pass over the accounts: fast enough to repeat on every data version at 250,000. */
export function areaFigures(
  accounts: readonly Placed[],
  areaOf: ReadonlyMap<string, number>,
  areaCount: number,
  weights: SegmentWeights,
): AreaFigures {
  const figures: AreaFigures = {
    accounts: new Int32Array(areaCount),
    potential: new Float64Array(areaCount),
    revenue: new Float64Array(areaCount),
    workload: new Float64Array(areaCount),
    place: new Array<string>(areaCount).fill(''),
    offMap: [],
  };
  const places: Array<Map<string, number> | undefined> = new Array(areaCount);
  accounts.forEach((account, i) => {
    const area = areaOf.get(account.postalCode);
    if (area === undefined) {
      figures.offMap.push(i);
      return;
    }
    figures.accounts[area]! += 1;
    figures.potential[area]! += account.potentialCents;
    figures.revenue[area]! += account.priorYearRevenueCents;
    figures.workload[area]! += weights[account.segment];
    if (account.city) {
      const counts = (places[area] ??= new Map());
      counts.set(account.city, (counts.get(account.city) ?? 0) + 1);
    }
  });
  places.forEach((counts, area) => {
    let best = '';
    let most = 0;
    for (const [place, count] of counts ?? [])
      if (count > most || (count === most && place < best)) [best, most] = [place, count];
    figures.place[area] = best;
  });
  return figures;
}

/**
 * One metric per area; NaN where it has no meaning (penetration of an area without potential,
 * any money figure of an area without accounts), so the map leaves the area uncoloured.
 */
export function metricValues(figures: AreaFigures, metric: AreaMetric): Float64Array {
  const n = figures.accounts.length;
  const values = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const empty = figures.accounts[i] === 0;
    const potential = figures.potential[i]!;
    const revenue = figures.revenue[i]!;
    values[i] =
      metric === 'accounts'
        ? figures.accounts[i]!
        : empty
          ? NaN
          : metric === 'potential'
            ? potential
            : metric === 'revenue'
              ? revenue
              : metric === 'whiteSpace'
                ? Math.max(0, potential - revenue)
                : metric === 'workload'
                  ? figures.workload[i]!
                  : potential > 0
                    ? revenue / potential
                    : NaN;
  }
  return values;
}

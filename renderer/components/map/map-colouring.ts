import type { Account } from '@shared/domain/account';
import type { Territory } from '@shared/domain/territory';
import {
  areaFigures,
  metricValues,
  type AreaFigures,
  type AreaMetric,
} from '@shared/geo/area-figures';
import type { SegmentWeights } from '@shared/territory/balance';
import type { TerritoryIndex } from '@shared/territory/territory-index';
import type { PostalMapModel } from '@renderer/app/data/postal-map';
import {
  colourGroups,
  NO_DATA,
  quantileScale,
  type SequentialScale,
} from '@renderer/components/map/colour-scale';

export type MapColouring = 'territory' | 'owner' | 'region' | AreaMetric;
export const GROUP_COLOURINGS = ['territory', 'owner', 'region'] as const;

/** Which territory each area belongs to now (-1: none), as index into `territories`. */
export function territoryOfAreas(
  model: PostalMapModel,
  territories: readonly Territory[],
  index: TerritoryIndex,
): Int32Array {
  const position = new Map(territories.map((t, i) => [t.id, i]));
  return Int32Array.from(model.map.codes, (code) => {
    const id = index.territoryOf(code);
    return id === null ? -1 : position.get(id)!;
  });
}

/** Each area's group (territory, owner or region) as a key; '' where it has none. */
export function groupKeys(
  colouring: (typeof GROUP_COLOURINGS)[number],
  territoryOf: Int32Array,
  territories: readonly Territory[],
): string[] {
  return Array.from(territoryOf, (t) => {
    if (t < 0) return '';
    const territory = territories[t]!;
    if (colouring === 'territory') return territory.id;
    if (colouring === 'owner') return territory.ownerId ?? '';
    return territory.kind === 'region' ? territory.id : (territory.parentId ?? '');
  });
}

/** Groups whose areas border each other, for colouring neighbours apart. */
export function touchingGroups(
  keys: readonly string[],
  neighbours: readonly (readonly number[])[],
): Map<string, Set<string>> {
  const touching = new Map<string, Set<string>>();
  keys.forEach((key, area) => {
    if (!key) return;
    const set = touching.get(key) ?? new Set<string>();
    touching.set(key, set);
    for (const other of neighbours[area]!) {
      const otherKey = keys[other]!;
      if (otherKey && otherKey !== key) set.add(otherKey);
    }
  });
  return touching;
}

export interface Colouring {
  fills: string[];
  /** Group index per area, for the merged borders (-1: none). */
  groupOf: Int32Array;
  scale: SequentialScale | null;
  groups: number;
  values: Float64Array | null;
}

/** The fill of every area and the groups whose borders are drawn. */
export function colourAreas(
  colouring: MapColouring,
  model: PostalMapModel,
  territoryOf: Int32Array,
  territories: readonly Territory[],
  figures: AreaFigures,
): Colouring {
  const keys = groupKeys(
    colouring === 'owner' || colouring === 'region' ? colouring : 'territory',
    territoryOf,
    territories,
  );
  const ids = new Map<string, number>();
  const groupOf = Int32Array.from(keys, (key) => {
    if (!key) return -1;
    if (!ids.has(key)) ids.set(key, ids.size);
    return ids.get(key)!;
  });
  if (colouring === 'territory' || colouring === 'owner' || colouring === 'region') {
    const colours = colourGroups([...ids.keys()], touchingGroups(keys, model.neighbours));
    return {
      fills: keys.map((key) => (key ? colours.get(key)! : NO_DATA)),
      groupOf,
      scale: null,
      groups: ids.size,
      values: null,
    };
  }
  const values = metricValues(figures, colouring);
  const scale = quantileScale(values);
  return {
    fills: Array.from(values, (v) => scale.colourOf(v)),
    groupOf,
    scale,
    groups: ids.size,
    values,
  };
}

let lastFigures: {
  model: PostalMapModel;
  accounts: readonly Account[];
  version: number;
  weights: SegmentWeights;
  figures: AreaFigures;
} | null = null;

/**
 * The accounts' figures per area. With the account store's version, the last result is kept:
 * reopening a map (or opening another) on unchanged accounts costs nothing.
 */
export function figuresOf(
  model: PostalMapModel,
  accounts: readonly Account[],
  weights: SegmentWeights,
  version?: number,
): AreaFigures {
  const last = lastFigures;
  if (
    version !== undefined &&
    last &&
    last.model === model &&
    last.accounts === accounts &&
    last.version === version &&
    last.weights === weights
  )
    return last.figures;
  const figures = areaFigures(accounts, model.map.areaOf, model.map.codes.length, weights);
  if (version !== undefined) lastFigures = { model, accounts, version, weights, figures };
  return figures;
}

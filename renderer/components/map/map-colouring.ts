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

const placed = new WeakMap<TerritoryIndex, { model: PostalMapModel; result: Int32Array }>();

/**
 * Which territory each area belongs to now (-1: none), as index into `territories` (the ones
 * the index was built from). Kept per index: reopening a map on unchanged territories is free.
 */
export function territoryOfAreas(
  model: PostalMapModel,
  territories: readonly Territory[],
  index: TerritoryIndex,
): Int32Array {
  const hit = placed.get(index);
  if (hit?.model === model) return hit.result;
  const position = new Map(territories.map((t, i) => [t.id, i]));
  const result = Int32Array.from(model.map.codes, (code) => {
    const id = index.territoryOf(code);
    return id === null ? -1 : position.get(id)!;
  });
  placed.set(index, { model, result });
  return result;
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

const recent: Array<{ inputs: unknown[]; result: Colouring }> = [];

/**
 * The fill of every area and the groups whose borders are drawn; the last few results are
 * kept, so switching back to a colouring, or reopening the map, recomputes nothing.
 */
export function colourAreas(
  colouring: MapColouring,
  model: PostalMapModel,
  territoryOf: Int32Array,
  territories: readonly Territory[],
  figures: AreaFigures,
): Colouring {
  const inputs = [colouring, model, territoryOf, territories, figures];
  const hit = recent.find((entry) => entry.inputs.every((input, i) => input === inputs[i]));
  if (hit) return hit.result;
  const result = colourAreasNow(colouring, model, territoryOf, territories, figures);
  recent.unshift({ inputs, result });
  recent.length = Math.min(recent.length, 12);
  return result;
}

interface Groups {
  territories: readonly Territory[];
  keys: string[];
  ids: Map<string, number>;
  groupOf: Int32Array;
}
const grouped = new WeakMap<Int32Array, Map<string, Groups>>();

/**
 * Each area's group as a number; the same array for the same grouping, so every metric
 * colouring shares the territory borders already drawn.
 */
function groupsOf(
  kind: (typeof GROUP_COLOURINGS)[number],
  territoryOf: Int32Array,
  territories: readonly Territory[],
): Groups {
  const byKind = grouped.get(territoryOf) ?? new Map<string, Groups>();
  grouped.set(territoryOf, byKind);
  const hit = byKind.get(kind);
  if (hit?.territories === territories) return hit;
  const keys = groupKeys(kind, territoryOf, territories);
  const ids = new Map<string, number>();
  const groupOf = Int32Array.from(keys, (key) => {
    if (!key) return -1;
    if (!ids.has(key)) ids.set(key, ids.size);
    return ids.get(key)!;
  });
  const groups = { territories, keys, ids, groupOf };
  byKind.set(kind, groups);
  return groups;
}

function colourAreasNow(
  colouring: MapColouring,
  model: PostalMapModel,
  territoryOf: Int32Array,
  territories: readonly Territory[],
  figures: AreaFigures,
): Colouring {
  const { keys, ids, groupOf } = groupsOf(
    colouring === 'owner' || colouring === 'region' ? colouring : 'territory',
    territoryOf,
    territories,
  );
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
